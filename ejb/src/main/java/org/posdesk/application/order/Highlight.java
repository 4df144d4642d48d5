package org.posdesk.application.order;

/** The two kinds of order a merchant must look at, and NONE for an order that needs nothing. */
public enum Highlight {
    NONE,
    /** Still unpaid {@link OrderService#UNPAID_ALERT_AGE} after it was taken. */
    UNPAID_OVERDUE,
    /** A payment named this order number and the merchant never sent such an order (订单不存在). */
    PAID_WITHOUT_ORDER
}
