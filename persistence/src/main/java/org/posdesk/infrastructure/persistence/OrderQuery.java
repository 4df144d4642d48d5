package org.posdesk.infrastructure.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.posdesk.domain.order.OrderFilter;

/**
 * The SQL where clause of an order search, built from the filters that are set. SQL, not JPQL:
 * the number prefix must be a LIKE on the plain column (the entity maps it through a converter),
 * and the plans checked with EXPLAIN are those of exactly this text. Every predicate is
 * a bound parameter; the number prefix is escaped so a user's {@code %} or {@code _} matches
 * itself (order numbers may contain underscores).
 */
final class OrderQuery {

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private OrderQuery() {
    }

    static OrderQuery of(OrderFilter filter, OrderFilter.After after) {
        OrderQuery q = new OrderQuery();
        filter.merchant().ifPresent(id -> q.add("o.merchant_id = :merchantId", "merchantId", id));
        if (!filter.storeIds().isEmpty()) {
            q.add("o.store_id in (:storeIds)", "storeIds", filter.storeIds());
        }
        if (filter.numberPrefix() != null) {
            q.add("o.order_number like :number escape '!'", "number", escape(filter.numberPrefix()) + "%");
        }
        if (filter.status() != null) {
            q.add("o.status = :status", "status", filter.status().name());
        }
        if (filter.source() != null) {
            q.add("o.source = :source", "source", filter.source().name());
        }
        if (filter.unknownToMerchant()) {
            q.predicates.add("o.merchant_sent_at is null");
        }
        if (filter.from() != null) {
            q.add("o.created_at >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            q.add("o.created_at < :to", "to", filter.to());
        }
        if (filter.minAmount() != null) {
            q.add("o.amount_minor >= :minAmount", "minAmount", filter.minAmount());
        }
        if (filter.maxAmount() != null) {
            q.add("o.amount_minor <= :maxAmount", "maxAmount", filter.maxAmount());
        }
        if (after != null) {
            q.predicates.add("(o.created_at < :afterTime or (o.created_at = :afterTime and o.id < :afterId))");
            q.parameters.put("afterTime", after.createdAt());
            q.parameters.put("afterId", after.id());
        }
        return q;
    }

    private void add(String predicate, String name, Object value) {
        predicates.add(predicate);
        parameters.put(name, value);
    }

    String clause() {
        return predicates.isEmpty() ? "1 = 1" : String.join(" and ", predicates);
    }

    void bind(Query query) {
        parameters.forEach(query::setParameter);
    }

    private static String escape(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
