package org.posdesk.application.casework;

import jakarta.ejb.Local;
import java.util.Map;

/**
 * Missing-order cases as people work them. Merchant users open and follow their own merchant's
 * cases (never seeing internal notes); agents and administrators see every merchant's and are
 * the only ones who act on the queue. Every action is audited in its own transaction.
 * A case of another merchant is refused with {@code AccessDeniedException("not found")}.
 */
@Local
public interface Casework {

    int MAX_PAGE = 200;

    /** A customer's claim reported by the merchant (MERCHANT_REPORT) or by an agent for them (AGENT_REPORT). */
    long openFromClaim(ClaimForm claim);

    /** "This order is not paid but the customer says they paid": the order's facts make the claim. */
    long openFromOrder(long orderId, String note);

    CasePage queue(QueueFilter filter, CasePage.Cursor after, int pageSize);

    /** Cases still to work per state, within what the caller sees (and the merchant filter, for staff). */
    Map<String, Long> countsByState(Long merchantId);

    CaseDetail detail(long caseId);

    void assignToMe(long caseId);

    /** @param internal true: staff only (refused for merchant users) */
    void addNote(long caseId, String body, boolean internal);

    /**
     * The payment pays the order: the journal entry names the order, the order becomes PAID and the
     * case is resolved LINKED.
     *
     * @param orderNumber null: the case's own order number
     */
    void linkPayment(long caseId, long transactionId, String orderNumber, String reason);

    /** NOT_PAID, REFUNDED, DUPLICATE or REVERSED, with why. */
    void resolve(long caseId, String resolutionKind, String reason);

    void escalate(long caseId, String reason);

    void reopen(long caseId, String reason);
}
