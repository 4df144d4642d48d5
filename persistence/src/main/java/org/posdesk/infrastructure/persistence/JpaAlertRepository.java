package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.posdesk.domain.alert.Alert;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.alert.AlertRepository;

@ApplicationScoped
public class JpaAlertRepository implements AlertRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(Alert alert) {
        em.persist(alert);
    }

    @Override
    public Optional<Alert> findByCause(AlertKind kind, String causeKey) {
        return Queries.single(em.createNamedQuery("Alert.findByCause", Alert.class)
                .setParameter("kind", kind).setParameter("causeKey", causeKey));
    }
}
