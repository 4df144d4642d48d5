package org.posdesk.domain.statement;

/** What matching found for one statement line. */
public enum MatchOutcome {
    MATCHED, AMOUNT_MISMATCH, NOT_IN_JOURNAL, DUPLICATE
}
