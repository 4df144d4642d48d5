package org.posdesk.domain.casework;

/** Who or what raised the case. */
public enum CaseSource {
    MERCHANT_REPORT, AGENT_REPORT, RECONCILIATION, PAYMENT_WITHOUT_ORDER
}
