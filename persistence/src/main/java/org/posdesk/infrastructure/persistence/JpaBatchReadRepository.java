package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchReadRepository;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.BatchTransition;
import org.posdesk.domain.batch.Resubmission;
import org.posdesk.domain.batch.Totals;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.TerminalCommand;

@ApplicationScoped
public class JpaBatchReadRepository implements BatchReadRepository {

    private static final String BATCH_COLUMNS = "select b.id, b.merchantId, b.terminalId,"
            + " b.batchNumber, b.state, b.openedAt, b.settledAt, b.currency,"
            + " b.terminalTotals.debitAmount, b.terminalTotals.debitCount,"
            + " b.terminalTotals.creditAmount, b.terminalTotals.creditCount,"
            + " b.terminalTotals.foreignDebitAmount, b.terminalTotals.foreignDebitCount,"
            + " b.terminalTotals.foreignCreditAmount, b.terminalTotals.foreignCreditCount,"
            + " b.computedTotals.debitAmount, b.computedTotals.debitCount,"
            + " b.computedTotals.creditAmount, b.computedTotals.creditCount,"
            + " b.computedTotals.foreignDebitAmount, b.computedTotals.foreignDebitCount,"
            + " b.computedTotals.foreignCreditAmount, b.computedTotals.foreignCreditCount,"
            + " b.announcedCount, b.missingStans, b.needsAttention";

    /** One batch with its terminal and store, for the batch page. */
    private static final String ROW_SELECT = BATCH_COLUMNS + ", t.storeId, t.tid, s.name"
            + " from Batch b join Terminal t on t.id = b.terminalId join Store s on s.id = t.storeId";

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public Map<BatchState, Long> countByState(Scope scope, Filter filter) {
        Map<BatchState, Long> counts = new EnumMap<>(BatchState.class);
        for (BatchState state : BatchState.values()) {
            counts.put(state, 0L);
        }
        Optional<Conditions> where = conditions(scope, filter.withoutState(), null);
        if (where.isEmpty()) {
            return counts;
        }
        TypedQuery<Object[]> query = em.createQuery("select b.state, count(b) from Batch b" + where.get().sql()
                + " group by b.state", Object[].class);
        where.get().bind(query);
        for (Object[] row : query.getResultList()) {
            counts.put((BatchState) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * The batch table alone, so the optimizer walks one of its (…, opened_at, id) indexes in order
     * and stops after the page: with the terminal and store joined in, MariaDB starts from the
     * small tables and sorts every batch of the merchant. Their names come in one more query.
     */
    @Override
    public List<Row> page(Scope scope, Filter filter, Cursor after, int limit) {
        Optional<Conditions> where = conditions(scope, filter, after);
        if (where.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(BATCH_COLUMNS + " from Batch b" + where.get().sql()
                + " order by b.openedAt desc, b.id desc", Object[].class);
        where.get().bind(query);
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> terminals = new java.util.HashMap<>();
        em.createQuery("select t.id, t.storeId, t.tid, s.name from Terminal t join Store s on s.id = t.storeId"
                        + " where t.id in :ids", Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[2]).collect(java.util.stream.Collectors.toSet()))
                .getResultList().forEach(t -> terminals.put((Long) t[0], t));
        return rows.stream().map(r -> {
            Object[] t = terminals.get((Long) r[2]);
            return row(r, (Long) t[1], (Tid) t[2], (String) t[3]);
        }).toList();
    }

    @Override
    public Optional<Row> findRow(long batchId) {
        return em.createQuery(ROW_SELECT + " where b.id = :id", Object[].class).setParameter("id", batchId)
                .getResultStream().findFirst().map(r -> row(r, (Long) r[27], (Tid) r[28], (String) r[29]));
    }

    @Override
    public List<BatchTransition> transitions(long batchId) {
        return em.createQuery("select bt from BatchTransition bt where bt.batch.id = :batchId"
                + " order by bt.occurredAt, bt.id", BatchTransition.class).setParameter("batchId", batchId)
                .getResultList();
    }

    @Override
    public List<JournalLine> journal(long terminalId, int batchNumber, int limit) {
        return em.createQuery("select t.id, t.stan, t.terminalTime, t.type, t.status, t.amount.minorUnits,"
                        + " t.amount.currency, t.card.bin, t.card.lastFour, t.origin, t.confirmedByUpload"
                        + " from CardTransaction t where t.terminalId = :terminalId and t.batchNumber = :batchNumber"
                        + " order by t.stan", Object[].class)
                .setParameter("terminalId", terminalId).setParameter("batchNumber", BatchNumber.of(batchNumber))
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new JournalLine((Long) r[0], ((Stan) r[1]).value(), (LocalDateTime) r[2], (TransactionType) r[3],
                        (TransactionStatus) r[4], (Long) r[5], (String) r[6], (String) r[7], (String) r[8],
                        (Origin) r[9], (Boolean) r[10]))
                .toList();
    }

    @Override
    public JournalCount countJournal(long terminalId, int batchNumber) {
        Object[] counts = em.createQuery("select count(t), coalesce(sum(case when t.confirmedByUpload = true"
                        + " then 1 else 0 end), 0) from CardTransaction t where t.terminalId = :terminalId"
                        + " and t.batchNumber = :batchNumber and t.status <> :reversed", Object[].class)
                .setParameter("terminalId", terminalId).setParameter("batchNumber", BatchNumber.of(batchNumber))
                .setParameter("reversed", TransactionStatus.REVERSED).getSingleResult();
        return new JournalCount(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @Override
    public List<AcquirerLines> acquirerLines(long terminalId, int batchNumber) {
        return em.createQuery("select l.type, count(l), sum(l.amount.minorUnits) from StatementLine l,"
                        + " CardTransaction t where l.matchedTransactionId = t.id and t.terminalId = :terminalId"
                        + " and t.batchNumber = :batchNumber group by l.type order by l.type", Object[].class)
                .setParameter("terminalId", terminalId).setParameter("batchNumber", BatchNumber.of(batchNumber))
                .getResultList().stream()
                .map(r -> new AcquirerLines((String) r[0], (Long) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    @Override
    public Optional<TerminalCommand> latestReupload(long terminalId, int batchNumber) {
        return latestReupload(terminalId, batchNumber, LockModeType.NONE);
    }

    @Override
    public Optional<TerminalCommand> latestReuploadLocked(long terminalId, int batchNumber) {
        return latestReupload(terminalId, batchNumber, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<TerminalCommand> latestReupload(long terminalId, int batchNumber, LockModeType lock) {
        return em.createQuery("select c from TerminalCommand c where c.terminalId = :terminalId"
                        + " and c.batchNumber = :batchNumber and c.code = :code order by c.requestedAt desc, c.id desc",
                        TerminalCommand.class)
                .setParameter("terminalId", terminalId).setParameter("batchNumber", BatchNumber.of(batchNumber))
                .setParameter("code", TerminalCommand.REUPLOAD_BATCH).setLockMode(lock).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Resubmission> latestResubmission(long batchId) {
        return em.createQuery("select r from Resubmission r where r.batchId = :batchId"
                        + " order by r.requestedAt desc, r.id desc", Resubmission.class)
                .setParameter("batchId", batchId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Batch> lock(long batchId) {
        return Optional.ofNullable(em.find(Batch.class, batchId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** From the columns of {@link #BATCH_COLUMNS}, and the batch's terminal and store. */
    private static Row row(Object[] r, long storeId, Tid tid, String storeName) {
        return new Row((Long) r[0], (Long) r[1], (Long) r[2], storeId, tid.value(), storeName,
                ((BatchNumber) r[3]).value(), (BatchState) r[4], (Instant) r[5], (Instant) r[6], (String) r[7],
                totals(r, 8), totals(r, 16), (Integer) r[24], (String) r[25], (Boolean) r[26]);
    }

    /** Null when the terminal has not announced its totals yet (all eight columns are null then). */
    private static Totals totals(Object[] r, int first) {
        if (r[first] == null) {
            return null;
        }
        return new Totals(num(r[first]), (int) num(r[first + 1]), num(r[first + 2]), (int) num(r[first + 3]),
                num(r[first + 4]), (int) num(r[first + 5]), num(r[first + 6]), (int) num(r[first + 7]));
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Empty when the filters select nothing for certain (stores without terminals). Stores are
     * turned into their terminals' ids first, so the batch query never joins the terminal table.
     */
    private Optional<Conditions> conditions(Scope scope, Filter filter, Cursor after) {
        Conditions c = new Conditions();
        if (scope.merchantId() != null) {
            c.add("b.merchantId = :merchantId", "merchantId", scope.merchantId());
        }
        Set<Long> stores = new HashSet<>(scope.storeIds());
        if (filter.storeId() != null) {
            if (!stores.isEmpty() && !stores.contains(filter.storeId())) {
                return Optional.empty();
            }
            stores = Set.of(filter.storeId());
        }
        if (!stores.isEmpty()) {
            List<Long> terminals = em.createQuery("select t.id from Terminal t where t.storeId in :stores", Long.class)
                    .setParameter("stores", stores).getResultList();
            if (terminals.isEmpty()) {
                return Optional.empty();
            }
            c.add("b.terminalId in :storeTerminals", "storeTerminals", terminals);
        }
        if (filter.state() != null) {
            c.add("b.state = :state", "state", filter.state());
        }
        if (filter.terminalId() != null) {
            c.add("b.terminalId = :terminalId", "terminalId", filter.terminalId());
        }
        if (filter.openedFrom() != null) {
            c.add("b.openedAt >= :openedFrom", "openedFrom", filter.openedFrom());
        }
        if (filter.openedBefore() != null) {
            c.add("b.openedAt < :openedBefore", "openedBefore", filter.openedBefore());
        }
        if (after != null) {
            c.add("(b.openedAt < :afterAt or (b.openedAt = :afterAt and b.id < :afterId))", "afterAt", after.openedAt());
            c.parameters.put("afterId", after.id());
        }
        return Optional.of(c);
    }

    /** A where clause built from the filters that are set, with its parameters. */
    private static final class Conditions {

        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            parameters.put(name, value);
        }

        String sql() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
