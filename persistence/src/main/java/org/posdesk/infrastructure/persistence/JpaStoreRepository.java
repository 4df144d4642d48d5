package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.merchant.Store;
import org.posdesk.domain.merchant.StoreRepository;

@ApplicationScoped
public class JpaStoreRepository implements StoreRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(Store store) {
        em.persist(store);
    }

    @Override
    public Optional<Store> findById(long id) {
        return Optional.ofNullable(em.find(Store.class, id));
    }

    @Override
    public Optional<Store> findByMerchantAndCode(long merchantId, String code) {
        return Queries.single(em.createNamedQuery("Store.findByMerchantAndCode", Store.class)
                .setParameter("merchantId", merchantId).setParameter("code", code));
    }

    @Override
    public List<Store> listByMerchant(long merchantId) {
        return em.createNamedQuery("Store.listByMerchant", Store.class)
                .setParameter("merchantId", merchantId).getResultList();
    }

    @Override
    public List<Store> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Store s where s.id in :ids", Store.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public long countByMerchant(Long merchantIdOrNullForAll) {
        if (merchantIdOrNullForAll == null) {
            return em.createNamedQuery("Store.count", Long.class).getSingleResult();
        }
        return em.createNamedQuery("Store.countByMerchant", Long.class)
                .setParameter("merchantId", merchantIdOrNullForAll).getSingleResult();
    }
}
