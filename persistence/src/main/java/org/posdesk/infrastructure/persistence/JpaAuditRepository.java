package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.posdesk.domain.audit.AuditChainHeadRow;
import org.posdesk.domain.audit.AuditEntry;
import org.posdesk.domain.audit.AuditQuery;
import org.posdesk.domain.audit.AuditRepository;
import org.posdesk.domain.audit.ChainHead;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public AuditEntry append(Function<ChainHead, AuditEntry> next) {
        // The row lock (SELECT ... FOR UPDATE) queues concurrent appenders here until the holder
        // commits or rolls back; each then reads the head its predecessor left, so positions
        // never collide.
        AuditChainHeadRow head = em.find(AuditChainHeadRow.class, AuditChainHeadRow.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row: migration V11 did not run");
        }
        AuditEntry entry = next.apply(head.head());
        head.advanceTo(entry);
        em.persist(entry);
        return entry;
    }

    @Override
    public ChainHead head() {
        // A query, not find(): the persistence context may hold a row locked and moved earlier.
        return em.createQuery("select h from AuditChainHeadRow h", AuditChainHeadRow.class)
                .getResultStream().findFirst().map(AuditChainHeadRow::head).orElse(ChainHead.EMPTY);
    }

    @Override
    public Optional<AuditEntry> latest() {
        return em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<AuditEntry> chainAfter(long after, int max) {
        return em.createNamedQuery("AuditEntry.chainFrom", AuditEntry.class)
                .setParameter("after", after).setMaxResults(max).getResultList();
    }

    @Override
    public List<AuditEntry> search(AuditQuery q, AuditQuery.Cursor cursor, int max) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntry a where a.occurredAt >= :from and a.occurredAt < :to");
        optional(jpql, q.username(), "username");
        optional(jpql, q.event(), "event");
        optional(jpql, q.outcome(), "outcome");
        optional(jpql, q.targetType(), "targetType");
        optional(jpql, q.targetId(), "targetId");
        if (cursor != null) {
            jpql.append(" and (a.occurredAt < :cAt or (a.occurredAt = :cAt and a.id < :cId))");
        }
        jpql.append(" order by a.occurredAt desc, a.id desc");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class)
                .setParameter("from", q.from()).setParameter("to", q.to());
        bind(query, q.username(), "username");
        bind(query, q.event(), "event");
        bind(query, q.outcome(), "outcome");
        bind(query, q.targetType(), "targetType");
        bind(query, q.targetId(), "targetId");
        if (cursor != null) {
            query.setParameter("cAt", cursor.occurredAt()).setParameter("cId", cursor.id());
        }
        return query.setMaxResults(max).getResultList();
    }

    private static void optional(StringBuilder jpql, String value, String field) {
        if (value != null) {
            jpql.append(" and a.").append(field).append(" = :").append(field);
        }
    }

    private static void bind(TypedQuery<AuditEntry> query, String value, String field) {
        if (value != null) {
            query.setParameter(field, value);
        }
    }
}
