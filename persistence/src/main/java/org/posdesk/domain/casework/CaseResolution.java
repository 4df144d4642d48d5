package org.posdesk.domain.casework;

/** How a resolved case ended. */
public enum CaseResolution {
    /** The payment was found and now pays the order. */
    LINKED,
    /** No payment exists: the customer did not pay (or the payment was declined). */
    NOT_PAID,
    /** The payment was refunded to the customer. */
    REFUNDED,
    /** The case repeats another case or a payment already accounted for. */
    DUPLICATE,
    /** The payment was reversed or voided: no money moved. */
    REVERSED
}
