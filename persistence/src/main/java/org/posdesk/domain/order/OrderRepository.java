package org.posdesk.domain.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.shared.OrderNumber;

/** Orders by id and by their number within a merchant, and the searches of the orders page. */
public interface OrderRepository {

    void add(MerchantOrder order);

    Optional<MerchantOrder> findById(long id);

    Optional<MerchantOrder> findByMerchantAndNumber(long merchantId, OrderNumber orderNumber);

    /** The orders of one merchant among these numbers; for checking an import chunk in one query. */
    List<MerchantOrder> findByMerchantAndNumbers(long merchantId, Collection<OrderNumber> orderNumbers);

    /**
     * One page, newest first (created_at desc, id desc), starting after {@code after} (null: the
     * first page). Stable while orders are added: a new order sorts before any cursor.
     */
    List<MerchantOrder> search(OrderFilter filter, OrderFilter.After after, int limit);

    /** How many orders match, counting no further than {@code cap} (so a count never scans a whole table). */
    long countUpTo(OrderFilter filter, int cap);

    /** Journal entries that named this order in field 63, newest first, at most {@code limit}. */
    List<CardTransaction> paymentsOf(MerchantOrder order, int limit);

    /** Writes pending inserts and forgets managed orders: an import of many rows keeps its heap flat. */
    void flushAndClear();
}
