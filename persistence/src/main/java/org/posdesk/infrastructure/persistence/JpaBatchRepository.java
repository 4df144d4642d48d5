package org.posdesk.infrastructure.persistence;

import java.util.Set;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.Resubmission;
import org.posdesk.domain.shared.BatchNumber;

@ApplicationScoped
public class JpaBatchRepository implements BatchRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Inject
    DeliveryLookups lookups;

    @Override
    public void add(Batch batch) {
        em.persist(batch);
        lookups.found(new LookupKeys.BatchOfTerminal(batch.getTerminalId(), batch.getBatchNumber()), batch);
    }

    @Override
    public Optional<Batch> findById(long id) {
        return Optional.ofNullable(em.find(Batch.class, id));
    }

    @Override
    public Optional<Batch> findByTerminalAndNumber(long terminalId, BatchNumber batchNumber) {
        return lookups.find(new LookupKeys.BatchOfTerminal(terminalId, batchNumber), () -> Queries.single(
                em.createNamedQuery("Batch.findByTerminalAndNumber", Batch.class)
                        .setParameter("terminalId", terminalId).setParameter("batchNumber", batchNumber)));
    }

    @Override
    public void prefetch(Map<Long, Set<BatchNumber>> numbersByTerminal) {
        if (numbersByTerminal.isEmpty()) {
            return;
        }
        Set<BatchNumber> numbers = new java.util.HashSet<>();
        numbersByTerminal.values().forEach(numbers::addAll);
        // A superset (every terminal times every number), narrowed by what was asked for.
        for (Batch batch : em.createQuery("select b from Batch b where b.terminalId in :terminals"
                        + " and b.batchNumber in :numbers", Batch.class)
                .setParameter("terminals", numbersByTerminal.keySet()).setParameter("numbers", numbers)
                .getResultList()) {
            lookups.found(new LookupKeys.BatchOfTerminal(batch.getTerminalId(), batch.getBatchNumber()), batch);
        }
        numbersByTerminal.forEach((terminal, wanted) -> wanted.forEach(
                number -> lookups.absent(new LookupKeys.BatchOfTerminal(terminal, number))));
    }

    @Override
    public Map<BatchState, Long> countByState(Long merchantIdOrNullForAll) {
        TypedQuery<Object[]> query = merchantIdOrNullForAll == null
                ? em.createNamedQuery("Batch.countByState", Object[].class)
                : em.createNamedQuery("Batch.countByStateForMerchant", Object[].class)
                        .setParameter("merchantId", merchantIdOrNullForAll);
        return everyState(query.getResultList());
    }

    @Override
    public Map<BatchState, Long> countByStateInStores(Set<Long> storeIds) {
        return everyState(em.createQuery("select b.state, count(b) from Batch b, Terminal t"
                        + " where t.id = b.terminalId and t.storeId in :stores group by b.state", Object[].class)
                .setParameter("stores", storeIds).getResultList());
    }

    private static Map<BatchState, Long> everyState(java.util.List<Object[]> rows) {
        Map<BatchState, Long> counts = new EnumMap<>(BatchState.class);
        for (BatchState state : BatchState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : rows) {
            counts.put((BatchState) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public void addResubmission(Resubmission resubmission) {
        em.persist(resubmission);
    }

    @Override
    public Optional<Resubmission> findActiveResubmission(long batchId) {
        return em.createNamedQuery("Resubmission.findActiveForBatch", Resubmission.class)
                .setParameter("batchId", batchId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Resubmission> findDueResubmissions(Instant now, int maxResults) {
        return em.createNamedQuery("Resubmission.findDue", Resubmission.class)
                .setParameter("now", now).setMaxResults(maxResults).getResultList();
    }
}
