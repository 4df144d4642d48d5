package org.posdesk.domain.statement;

/**
 * What reconciliation found. A statement line ends MATCHED, MISSING_IN_POSDESK, AMOUNT_MISMATCH or
 * DUPLICATE; MISSING_AT_ACQUIRER is the outcome for a journal entry no statement line claims.
 */
public enum MatchOutcome {
    MATCHED,
    /** The acquirer settled a payment the journal lacks: a case is opened, the terminal asked to upload. */
    MISSING_IN_POSDESK,
    /** posdesk holds an approved payment the acquirer's statement does not list. */
    MISSING_AT_ACQUIRER,
    AMOUNT_MISMATCH,
    DUPLICATE
}
