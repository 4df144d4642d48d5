package org.posdesk.domain.reconciliation;

import org.posdesk.domain.statement.MatchOutcome;

/** The outcome found for one statement line, and the journal entry it claims (if any). */
public record Decision(long lineId, MatchOutcome outcome, Long transactionId) {
}
