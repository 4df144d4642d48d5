package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.alert.AlertDelivery;
import org.posdesk.domain.alert.AlertDeliveryRepository;
import org.posdesk.domain.alert.DeliveryAttempt;

@ApplicationScoped
public class JpaAlertDeliveryRepository implements AlertDeliveryRepository {

    /** Served by ix_alert_delivery_due; SKIP LOCKED (MariaDB 10.6+) lets two nodes claim side by side. */
    static final String LOCK_DUE = "select * from alert_delivery where state = 'PENDING' and next_attempt_at <= ?"
            + " order by next_attempt_at limit ? for update skip locked";

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(AlertDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public void add(DeliveryAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public Optional<AlertDelivery> find(long id) {
        return Optional.ofNullable(em.find(AlertDelivery.class, id));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AlertDelivery> lockDue(Instant now, int limit) {
        return em.createNativeQuery(LOCK_DUE, AlertDelivery.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    @Override
    public List<AlertDelivery> ofAlert(long alertId) {
        return em.createNamedQuery("AlertDelivery.ofAlert", AlertDelivery.class)
                .setParameter("alertId", alertId).getResultList();
    }

    @Override
    public List<DeliveryAttempt> attemptsOf(Collection<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("DeliveryAttempt.ofDeliveries", DeliveryAttempt.class)
                .setParameter("ids", deliveryIds).getResultList();
    }
}
