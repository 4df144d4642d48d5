package org.posdesk.application.order;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An order with the journal entries that named it.
 *
 * @param merchantSentAt null when the merchant never sent the order (a payment created it)
 * @param paymentsTruncated more payments exist than are listed
 */
public record OrderDetail(OrderRow order, String merchantName, Instant merchantSentAt, Instant updatedAt,
                          List<PaymentView> payments, boolean paymentsTruncated) implements Serializable {

    public OrderDetail {
        payments = List.copyOf(payments);
    }
}
