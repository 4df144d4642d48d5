package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.order.MerchantOrder;
import org.posdesk.domain.order.OrderFilter;
import org.posdesk.domain.order.OrderRepository;
import org.posdesk.domain.shared.OrderNumber;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(MerchantOrder order) {
        em.persist(order);
    }

    @Override
    public Optional<MerchantOrder> findById(long id) {
        return Optional.ofNullable(em.find(MerchantOrder.class, id));
    }

    @Override
    public Optional<MerchantOrder> findByMerchantAndNumber(long merchantId, OrderNumber orderNumber) {
        return Queries.single(em.createNamedQuery("MerchantOrder.findByMerchantAndNumber", MerchantOrder.class)
                .setParameter("merchantId", merchantId).setParameter("orderNumber", orderNumber));
    }

    @Override
    public List<MerchantOrder> findByMerchantAndNumbers(long merchantId, Collection<OrderNumber> orderNumbers) {
        if (orderNumbers.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("MerchantOrder.findByMerchantAndNumbers", MerchantOrder.class)
                .setParameter("merchantId", merchantId).setParameter("orderNumbers", orderNumbers)
                .getResultList();
    }

    @Override
    public List<MerchantOrder> search(OrderFilter filter, OrderFilter.After after, int limit) {
        OrderQuery where = OrderQuery.of(filter, after);
        Query query = em.createNativeQuery("select o.* from merchant_order o where " + where.clause()
                + " order by o.created_at desc, o.id desc limit " + Math.max(1, limit), MerchantOrder.class);
        where.bind(query);
        @SuppressWarnings("unchecked")
        List<MerchantOrder> rows = query.getResultList();
        return rows;
    }

    @Override
    public long countUpTo(OrderFilter filter, int cap) {
        // Ids only, at most cap of them: the same index range as the page, never a full COUNT.
        OrderQuery where = OrderQuery.of(filter, null);
        Query query = em.createNativeQuery("select count(*) from (select 1 from merchant_order o where "
                + where.clause() + " limit " + Math.max(1, cap) + ") capped");
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public List<CardTransaction> paymentsOf(MerchantOrder order, int limit) {
        return em.createNamedQuery("MerchantOrder.payments", CardTransaction.class)
                .setParameter("merchantId", order.getMerchantId())
                .setParameter("orderNumber", order.getOrderNumber())
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
