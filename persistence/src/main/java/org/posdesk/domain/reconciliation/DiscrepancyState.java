package org.posdesk.domain.reconciliation;

/**
 * OPEN until a person resolves it with a reason (RESOLVED) or a case takes it over (CASE_OPENED,
 * which settles the batch only once the case is resolved). A later statement that claims the
 * journal entry resolves a MISSING_AT_ACQUIRER discrepancy by itself.
 */
public enum DiscrepancyState {
    OPEN, RESOLVED, CASE_OPENED
}
