package org.posdesk.domain.journal;

/** APPROVED can become VOIDED or REVERSED; the other states are final. */
public enum TransactionStatus {
    APPROVED, DECLINED, VOIDED, REVERSED
}
