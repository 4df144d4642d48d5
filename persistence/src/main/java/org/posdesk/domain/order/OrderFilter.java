package org.posdesk.domain.order;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What an order search selects. The scope (a merchant, some stores, or everything for staff) is
 * set by the service from the caller, never from the page; the other fields are the user's
 * filters, each optional.
 *
 * @param merchantId       null: every merchant (staff only)
 * @param storeIds         empty: every store in scope; otherwise only orders of these stores
 * @param numberPrefix     the order number or its beginning
 * @param unknownToMerchant only orders a payment created that the merchant never sent
 * @param from             created at or after (inclusive)
 * @param to               created before (exclusive)
 * @param minAmount        minor units, inclusive
 * @param maxAmount        minor units, inclusive
 */
public record OrderFilter(Long merchantId, Set<Long> storeIds, String numberPrefix, OrderStatus status,
                          OrderSource source, boolean unknownToMerchant, Instant from, Instant to,
                          Long minAmount, Long maxAmount) {

    public OrderFilter {
        storeIds = Set.copyOf(storeIds);
        numberPrefix = numberPrefix == null || numberPrefix.isBlank() ? null : numberPrefix.trim();
    }

    public Optional<Long> merchant() {
        return Optional.ofNullable(merchantId);
    }

    /** Keyset position: the last row of the page before, in the order (created_at desc, id desc). */
    public record After(Instant createdAt, long id) {
    }
}
