package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.shared.Mid;

@ApplicationScoped
public class JpaMerchantRepository implements MerchantRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(Merchant merchant) {
        em.persist(merchant);
    }

    @Override
    public Optional<Merchant> findById(long id) {
        return Optional.ofNullable(em.find(Merchant.class, id));
    }

    @Override
    public Optional<Merchant> findByMid(Mid mid) {
        return Queries.single(em.createNamedQuery("Merchant.findByMid", Merchant.class).setParameter("mid", mid));
    }

    @Override
    public long count() {
        return em.createNamedQuery("Merchant.count", Long.class).getSingleResult();
    }
}
