package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.posdesk.domain.audit.AuditEntry;
import org.posdesk.domain.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<AuditEntry> latest() {
        return em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<String> latestHash() {
        return latest().map(AuditEntry::getHash);
    }
}
