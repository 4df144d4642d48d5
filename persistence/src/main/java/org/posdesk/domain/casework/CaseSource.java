package org.posdesk.domain.casework;

/** Who or what raised the case. */
public enum CaseSource {
    MERCHANT_REPORT, AGENT_REPORT, RECONCILIATION, PAYMENT_WITHOUT_ORDER,
    /** A reversal, void or refund whose original posdesk does not hold (answered response code 25). */
    ORIGINAL_NOT_FOUND
}
