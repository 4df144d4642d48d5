package org.posdesk.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the current transaction has already looked up by natural key, found or not. The terminal
 * adapter delivers many terminals' requests in one transaction; their terminals, batches and
 * journal keys are fetched together up front (one query per kind instead of one per request), and
 * the repositories answer from here. It also lets a transaction see its own inserts, which its
 * queries (flushed only at commit) would not. Outside a transaction nothing is remembered.
 */
@ApplicationScoped
public class DeliveryLookups {

    private static final Object KEY = DeliveryLookups.class;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @SuppressWarnings("unchecked")
    <T> Optional<T> find(Object key, Supplier<Optional<T>> query) {
        Map<Object, Optional<Object>> known = known();
        if (known == null) {
            return query.get();
        }
        Optional<Object> hit = known.get(key);
        if (hit != null) {
            return (Optional<T>) hit;
        }
        Optional<T> loaded = query.get();
        known.put(key, (Optional<Object>) loaded);
        return loaded;
    }

    void found(Object key, Object entity) {
        Map<Object, Optional<Object>> known = known();
        if (known != null) {
            known.put(key, Optional.of(entity));
        }
    }

    void absent(Object key) {
        Map<Object, Optional<Object>> known = known();
        if (known != null) {
            known.putIfAbsent(key, Optional.empty());
        }
    }

    boolean has(Object key) {
        Map<Object, Optional<Object>> known = known();
        return known != null && known.containsKey(key);
    }

    // Entities held here are managed by the same transaction's persistence context: safe to keep
    // until it ends, and dropped with it.
    @SuppressWarnings("unchecked")
    private Map<Object, Optional<Object>> known() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Map<Object, Optional<Object>> known = (Map<Object, Optional<Object>>) transactions.getResource(KEY);
        if (known == null) {
            known = new HashMap<>();
            transactions.putResource(KEY, known);
        }
        return known;
    }
}
