package org.posdesk.domain.order;

/** Where an order came from; PAYMENT means a payment named it before the merchant sent it. */
public enum OrderSource {
    ERP, CSV, PAYMENT
}
