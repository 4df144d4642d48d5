package org.posdesk.application.order;

import java.io.Serializable;
import java.time.Instant;

/** One order in a list. {@code storeCode} is null for an order sent without a store. */
public record OrderRow(long id, String orderNumber, long merchantId, Long storeId, String storeCode,
                       String storeName, long amountMinor, String currency, String status, String source,
                       Instant createdAt, Highlight highlight) implements Serializable {

    /** The amount as a decimal in the currency's major unit, e.g. 12.50. */
    public String amount() {
        return Amounts.plain(amountMinor, currency);
    }
}
