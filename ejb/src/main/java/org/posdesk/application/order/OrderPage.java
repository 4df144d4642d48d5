package org.posdesk.application.order;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A page of orders and where the next one starts (null: this is the last). */
public record OrderPage(List<OrderRow> rows, Cursor next) implements Serializable {

    public OrderPage {
        rows = List.copyOf(rows);
    }

    public boolean hasMore() {
        return next != null;
    }

    /** The last row of a page: (created at, id) in the page's order. */
    public record Cursor(Instant createdAt, long id) implements Serializable {
    }
}
