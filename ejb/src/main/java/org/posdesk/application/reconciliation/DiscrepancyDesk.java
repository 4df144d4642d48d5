package org.posdesk.application.reconciliation;

import jakarta.ejb.Local;

/**
 * The discrepancy queue. Everyone sees the discrepancies of what they may see (a merchant user
 * their merchant's; staff all, including lines for terminals posdesk does not know); agents and
 * administrators resolve them with a reason or turn them into a case — both audited.
 */
@Local
public interface DiscrepancyDesk {

    int MAX_PAGE = 200;

    /** @param state OPEN, RESOLVED or CASE_OPENED */
    DiscrepancyPage page(String state, DiscrepancyPage.Cursor after, int size);

    void resolve(long id, String reason);

    /** Opens a missing-order case (source RECONCILIATION) carrying the discrepancy; returns the case id. */
    long openCase(long id);
}
