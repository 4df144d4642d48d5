package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.alert.Webhook;
import org.posdesk.domain.alert.WebhookRepository;

@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(Webhook webhook) {
        em.persist(webhook);
    }

    @Override
    public Optional<Webhook> find(long id) {
        return Optional.ofNullable(em.find(Webhook.class, id));
    }

    @Override
    public List<Webhook> of(Long merchantId) {
        return merchantId == null
                ? em.createNamedQuery("Webhook.ofOperator", Webhook.class).getResultList()
                : em.createNamedQuery("Webhook.ofMerchant", Webhook.class)
                        .setParameter("merchantId", merchantId).getResultList();
    }
}
