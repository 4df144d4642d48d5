package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalCommand;
import org.posdesk.domain.terminal.TerminalContact;
import org.posdesk.domain.terminal.TerminalOverview;

@ApplicationScoped
public class JpaTerminalOverview implements TerminalOverview {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public List<Terminal> page(Filter filter, Instant now, Tid after, int max) {
        // Served by uq_terminal_tid, ix_terminal_merchant_tid or ix_terminal_store_tid: a keyset
        // walk in TID order whatever the filter, the status tested on the rows walked.
        StringBuilder jpql = new StringBuilder("select t from Terminal t where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.merchantId() != null) {
            jpql.append(" and t.merchantId = :merchantId");
            params.put("merchantId", filter.merchantId());
        }
        if (filter.storeIds() != null && !filter.storeIds().isEmpty()) {
            jpql.append(" and t.storeId in :storeIds");
            params.put("storeIds", filter.storeIds());
        }
        if (filter.storeId() != null) {
            jpql.append(" and t.storeId = :storeId");
            params.put("storeId", filter.storeId());
        }
        if (Boolean.TRUE.equals(filter.online())) {
            jpql.append(" and t.connected = true and t.onlineUntil >= :now");
            params.put("now", now);
        } else if (Boolean.FALSE.equals(filter.online())) {
            jpql.append(" and (t.connected = false or t.onlineUntil is null or t.onlineUntil < :now)");
            params.put("now", now);
        }
        if (after != null) {
            jpql.append(" and t.tid > :after");
            params.put("after", after);
        }
        TypedQuery<Terminal> query = em.createQuery(jpql.append(" order by t.tid").toString(), Terminal.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public Map<Long, Long> offlineTransactions(Collection<Long> terminalIds) {
        Map<Long, Long> sums = new HashMap<>();
        if (terminalIds.isEmpty()) {
            return sums;
        }
        for (Object[] row : em.createQuery("select g.terminalId, sum(g.offlineTransactions) from OfflineGap g"
                        + " where g.terminalId in :ids group by g.terminalId", Object[].class)
                .setParameter("ids", terminalIds).getResultList()) {
            sums.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return sums;
    }

    @Override
    public Map<Long, Instant> lastGapEnds(Collection<Long> terminalIds) {
        Map<Long, Instant> ends = new HashMap<>();
        if (terminalIds.isEmpty()) {
            return ends;
        }
        for (Object[] row : em.createQuery("select g.terminalId, max(g.endedAt) from OfflineGap g"
                        + " where g.terminalId in :ids and g.endedAt is not null group by g.terminalId", Object[].class)
                .setParameter("ids", terminalIds).getResultList()) {
            ends.put((Long) row[0], (Instant) row[1]);
        }
        return ends;
    }

    @Override
    public Map<Long, String> storeNames(Collection<Long> storeIds) {
        Map<Long, String> names = new HashMap<>();
        if (storeIds.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery("select s.id, s.name from Store s where s.id in :ids", Object[].class)
                .setParameter("ids", storeIds).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    @Override
    public List<TerminalContact> contacts(long terminalId, int max) {
        return em.createQuery("select c from TerminalContact c where c.terminalId = :terminalId"
                        + " order by c.occurredAt desc, c.id desc", TerminalContact.class)
                .setParameter("terminalId", terminalId).setMaxResults(max).getResultList();
    }

    @Override
    public List<TerminalCommand> commands(long terminalId, String code, int max) {
        return em.createQuery("select c from TerminalCommand c where c.terminalId = :terminalId and c.code = :code"
                        + " order by c.requestedAt desc, c.id desc", TerminalCommand.class)
                .setParameter("terminalId", terminalId).setParameter("code", code)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Batch> batches(long terminalId, int max) {
        return em.createQuery("select b from Batch b where b.terminalId = :terminalId order by b.batchNumber desc",
                        Batch.class)
                .setParameter("terminalId", terminalId).setMaxResults(max).getResultList();
    }
}
