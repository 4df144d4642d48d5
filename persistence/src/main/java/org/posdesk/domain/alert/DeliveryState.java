package org.posdesk.domain.alert;

/** Where a webhook delivery stands; only PENDING rows are ever sent. */
public enum DeliveryState {
    PENDING,
    /** The receiver answered 2xx: never sent again. */
    DELIVERED,
    /** Every allowed attempt failed: shown on the alert, never sent again. */
    GAVE_UP
}
