package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.posdesk.domain.casework.CaseQuery;
import org.posdesk.domain.casework.CaseRepository;
import org.posdesk.domain.casework.CaseState;
import org.posdesk.domain.casework.MissingOrderCase;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    private static final long DEFAULT_SLA_HOURS = 24;

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(MissingOrderCase missingOrderCase) {
        em.persist(missingOrderCase);
    }

    @Override
    public Optional<MissingOrderCase> findById(long id) {
        return Optional.ofNullable(em.find(MissingOrderCase.class, id));
    }

    @Override
    public Optional<MissingOrderCase> lockById(long id) {
        return Optional.ofNullable(em.find(MissingOrderCase.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<MissingOrderCase> findByOpeningKey(String openingKey) {
        return em.createQuery("select c from MissingOrderCase c where c.openingKey = :key", MissingOrderCase.class)
                .setParameter("key", openingKey).getResultStream().findFirst();
    }

    @Override
    public List<MissingOrderCase> listByStates(Long merchantIdOrNullForAll, Set<CaseState> states, int maxResults) {
        if (states.isEmpty()) {
            return List.of();
        }
        TypedQuery<MissingOrderCase> query = merchantIdOrNullForAll == null
                ? em.createNamedQuery("MissingOrderCase.listByStates", MissingOrderCase.class)
                : em.createNamedQuery("MissingOrderCase.listByStatesForMerchant", MissingOrderCase.class)
                        .setParameter("merchantId", merchantIdOrNullForAll);
        return query.setParameter("states", states).setMaxResults(maxResults).getResultList();
    }

    /**
     * Each filter is an equality on an index's leading columns (merchant, active or state,
     * assignee) followed by the keyset range on (opened_at, id), so a page reads its rows and stops.
     */
    @Override
    public List<MissingOrderCase> queue(CaseQuery q, int maxResults) {
        StringBuilder jpql = new StringBuilder("select c from MissingOrderCase c where ");
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (q.merchantId() != null) {
            where.add("c.merchantId = :merchantId");
            params.put("merchantId", q.merchantId());
        }
        if (!q.storeIds().isEmpty()) {
            where.add("c.storeId in :storeIds");
            params.put("storeIds", q.storeIds());
        }
        if (q.state() == null) {
            where.add("c.active = true");
        } else {
            where.add("c.state = :state");
            params.put("state", q.state());
        }
        if (q.assignee() != null) {
            where.add("c.assignee = :assignee");
            params.put("assignee", q.assignee());
        }
        if (q.openedBefore() != null) {
            where.add("c.openedAt < :openedBefore");
            params.put("openedBefore", q.openedBefore());
        }
        if (q.slaBreachedAt() != null) {
            where.add("c.active = true and c.slaDueAt < :slaBreachedAt");
            params.put("slaBreachedAt", q.slaBreachedAt());
        }
        if (q.after() != null) {
            where.add("(c.openedAt > :afterAt or (c.openedAt = :afterAt and c.id > :afterId))");
            params.put("afterAt", q.after().openedAt());
            params.put("afterId", q.after().id());
        }
        jpql.append(String.join(" and ", where)).append(" order by c.openedAt, c.id");
        TypedQuery<MissingOrderCase> query = em.createQuery(jpql.toString(), MissingOrderCase.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(maxResults).getResultList();
    }

    @Override
    public Map<CaseState, Long> countActiveByState(Long merchantIdOrNullForAll) {
        TypedQuery<Object[]> query = merchantIdOrNullForAll == null
                ? em.createQuery("select c.state, count(c) from MissingOrderCase c where c.active = true"
                        + " group by c.state", Object[].class)
                : em.createQuery("select c.state, count(c) from MissingOrderCase c where c.merchantId = :merchantId"
                        + " and c.active = true group by c.state", Object[].class)
                        .setParameter("merchantId", merchantIdOrNullForAll);
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        for (Object[] row : query.getResultList()) {
            counts.put((CaseState) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public Map<Long, String> tidsOf(java.util.Collection<Long> terminalIds) {
        if (terminalIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> tids = new java.util.HashMap<>();
        em.createQuery("select t.id, t.tid from Terminal t where t.id in :ids", Object[].class)
                .setParameter("ids", terminalIds).getResultList()
                .forEach(r -> tids.put((Long) r[0], r[1].toString()));
        return tids;
    }

    @Override
    public Map<Long, String> merchantNamesOf(java.util.Collection<Long> merchantIds) {
        if (merchantIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select m.id, m.name from Merchant m where m.id in :ids", Object[].class)
                .setParameter("ids", merchantIds).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    @Override
    public Duration slaFor(String tier) {
        List<?> hours = em.createNativeQuery("select response_hours from case_sla_tier where tier in (?1, 'STANDARD')"
                        + " order by tier = ?1 desc")
                .setParameter(1, tier).setMaxResults(1).getResultList();
        return Duration.ofHours(hours.isEmpty() ? DEFAULT_SLA_HOURS : ((Number) hours.get(0)).longValue());
    }
}
