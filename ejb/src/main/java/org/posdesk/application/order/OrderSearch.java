package org.posdesk.application.order;

import java.io.Serializable;
import java.time.Instant;

/**
 * The filters of an order search; every field may be null. Amounts are minor units (fen).
 *
 * @param from created at or after
 * @param to   created before
 */
public record OrderSearch(Highlight view, String orderNumber, Long storeId, String status,
                          Instant from, Instant to, Long minAmountMinor, Long maxAmountMinor) implements Serializable {

    public OrderSearch {
        view = view == null ? Highlight.NONE : view;
    }

    public static OrderSearch everything() {
        return new OrderSearch(Highlight.NONE, null, null, null, null, null, null, null);
    }

    public OrderSearch withView(Highlight newView) {
        return new OrderSearch(newView, orderNumber, storeId, status, from, to, minAmountMinor, maxAmountMinor);
    }
}
