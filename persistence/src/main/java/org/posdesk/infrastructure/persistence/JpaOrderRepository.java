package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.posdesk.domain.order.MerchantOrder;
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
}
