package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.terminal.ContactKind;
import org.posdesk.domain.terminal.OfflineGap;
import org.posdesk.domain.terminal.OfflineGapRepository;
import org.posdesk.domain.terminal.Terminal;

@ApplicationScoped
public class JpaOfflineGapRepository implements OfflineGapRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public List<Terminal> fellSilent(Instant after, Instant upTo, int max) {
        // ix_terminal_online_until
        return em.createQuery("select t from Terminal t where t.onlineUntil > :after and t.onlineUntil <= :upTo"
                        + " and t.lastContactAt is not null order by t.onlineUntil, t.id", Terminal.class)
                .setParameter("after", after).setParameter("upTo", upTo).setMaxResults(max).getResultList();
    }

    @Override
    public boolean hasGapStartingAt(long terminalId, Instant startedAt) {
        return !em.createQuery("select g.id from OfflineGap g where g.terminalId = :terminalId"
                        + " and g.startedAt = :startedAt", Long.class)
                .setParameter("terminalId", terminalId).setParameter("startedAt", startedAt)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<OfflineGap> openGaps(int max) {
        // ix_offline_gap_open (ended_at, terminal_id)
        return em.createQuery("select g from OfflineGap g where g.endedAt is null order by g.startedAt, g.id",
                OfflineGap.class).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<OfflineGap> closedTwin(OfflineGap open) {
        return em.createQuery("select g from OfflineGap g where g.terminalId = :terminalId"
                        + " and g.startedAt = :startedAt and g.endedAt is not null and g.id <> :id", OfflineGap.class)
                .setParameter("terminalId", open.getTerminalId()).setParameter("startedAt", open.getStartedAt())
                .setParameter("id", open.getId()).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(OfflineGap gap) {
        em.persist(gap);
    }

    @Override
    public void remove(OfflineGap gap) {
        em.remove(gap);
    }

    @Override
    public Optional<Instant> firstContactAfter(long terminalId, Instant after) {
        return em.createQuery("select c.occurredAt from TerminalContact c where c.terminalId = :terminalId"
                        + " and c.occurredAt > :after and c.kind <> :disconnect order by c.occurredAt", Instant.class)
                .setParameter("terminalId", terminalId).setParameter("after", after)
                .setParameter("disconnect", ContactKind.DISCONNECT)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<Long, Terminal> terminals(Collection<Long> ids) {
        Map<Long, Terminal> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t from Terminal t where t.id in :ids", Terminal.class).setParameter("ids", ids)
                    .getResultList().forEach(t -> byId.put(t.getId(), t));
        }
        return byId;
    }

    @Override
    public List<OfflineGap> overlapping(Collection<Long> terminalIds, Instant from, Instant to) {
        if (terminalIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select g from OfflineGap g where g.terminalId in :terminalIds"
                        + " and g.startedAt <= :to and (g.endedAt is null or g.endedAt >= :from)", OfflineGap.class)
                .setParameter("terminalIds", terminalIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<OfflineGap> latest(long terminalId, int max) {
        return em.createQuery("select g from OfflineGap g where g.terminalId = :terminalId"
                        + " order by g.startedAt desc, g.id desc", OfflineGap.class)
                .setParameter("terminalId", terminalId).setMaxResults(max).getResultList();
    }
}
