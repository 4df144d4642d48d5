package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.reconciliation.DayFigures;
import org.posdesk.domain.reconciliation.Decision;
import org.posdesk.domain.reconciliation.Discrepancy;
import org.posdesk.domain.reconciliation.JournalRef;
import org.posdesk.domain.reconciliation.LineMatcher;
import org.posdesk.domain.reconciliation.LineRef;
import org.posdesk.domain.reconciliation.ReconciliationRepository;
import org.posdesk.domain.reconciliation.ReconciliationRun;
import org.posdesk.domain.reconciliation.RetryCandidate;
import org.posdesk.domain.reconciliation.Tally;
import org.posdesk.domain.reconciliation.TerminalRef;
import org.posdesk.domain.statement.MatchOutcome;
import org.posdesk.domain.statement.Statement;
import org.posdesk.domain.statement.StatementState;

@ApplicationScoped
public class JpaReconciliationRepository implements ReconciliationRepository {

    /** Ids per IN list / CASE update: well under MariaDB's packet limit, few round trips. */
    private static final int CHUNK = 500;

    private static final String LINE_COLUMNS = "l.id, l.tid, l.rrn, l.stan, l.batch_number, l.type, l.amount_minor,"
            + " l.currency, l.auth_code, l.transaction_time, l.original_stan, l.original_rrn, l.original_time,"
            + " l.card_last4, l.order_number, l.match_outcome";
    private static final String JOURNAL_COLUMNS = "t.id, t.merchant_id, t.store_id, t.terminal_id, t.tid,"
            + " t.batch_number, t.stan, t.rrn, t.type, t.status, t.amount_minor, t.currency, t.terminal_time, t.original_id";
    /** A journal entry the acquirer settles: approved (or approved and voided since), of a settled type. */
    private static final String SETTLED = " t.status IN ('APPROVED', 'VOIDED')"
            + " AND t.type IN ('SALE', 'VOID', 'REFUND', 'PRE_AUTH_COMPLETION') ";
    /** A reversal line claims the original it reverses beside the sale line, so it never counts as a claim. */
    private static final String UNCLAIMED = " NOT EXISTS (SELECT 1 FROM statement_line c"
            + " WHERE c.matched_transaction_id = t.id AND c.type <> 'REVERSAL') ";

    /** A line's outcome against the entry t it claims, and the claim. */
    private static final String OUTCOME = " l.match_outcome = CASE WHEN t.amount_minor = l.amount_minor"
            + " AND t.currency = l.currency THEN 'MATCHED' ELSE 'AMOUNT_MISMATCH' END, l.matched_transaction_id = t.id";
    /** A discrepancy still open: OPEN, or handed to a case (joined as c) that is not resolved. */
    private static final String OPEN_DISCREPANCY = " (d.state = 'OPEN' OR (d.state = 'CASE_OPENED'"
            + " AND (c.state IS NULL OR c.state <> 'RESOLVED')))";
    /** A voided sale and its void that no line claims cancel out (left off the statement together). */
    private static final String VOIDS_CANCEL = " NOT (t.type = 'VOID' AND t.original_id IS NOT NULL AND NOT EXISTS (SELECT 1"
            + " FROM statement_line c WHERE c.matched_transaction_id = t.original_id))"
            + " AND NOT (t.status = 'VOIDED' AND EXISTS (SELECT 1 FROM card_transaction v"
            + " WHERE v.original_id = t.id AND v.type = 'VOID' AND NOT EXISTS (SELECT 1 FROM statement_line c"
            + " WHERE c.matched_transaction_id = v.id)))";
    /**
     * A settled entry t neither claimed by a line nor named by a discrepancy. Voids cancel their
     * sales as in {@link #VOIDS_CANCEL}.
     */
    private static final String UNJUDGED = SETTLED + "AND" + UNCLAIMED
            + " AND NOT EXISTS (SELECT 1 FROM reconciliation_discrepancy d WHERE d.transaction_id = t.id) AND"
            + VOIDS_CANCEL;
    /**
     * For reads of many journal entries with NOT EXISTS probes: MariaDB otherwise turns each probe
     * into an IN subquery it materializes by reading all of statement_line (or all discrepancies)
     * once per query, which for a chunk of batches or terminals cost more than the probes by index.
     */
    private static final String PROBE_BY_INDEX = "SET STATEMENT optimizer_switch='exists_to_in=off' FOR ";
    /** Open discrepancies per batch of a list ({@code ?ids}): one query for a chunk of batches, not one each. */
    public static final String OPEN_DISCREPANCIES_BY_BATCH = "SELECT d.batch_id, COUNT(*) FROM reconciliation_discrepancy d"
            + " FORCE INDEX (ix_discrepancy_batch_state) LEFT JOIN missing_order_case c ON c.id = d.case_id"
            + " WHERE d.batch_id IN (?ids) AND" + OPEN_DISCREPANCY + " GROUP BY d.batch_id";
    /**
     * The anti-joins run on index entries alone (k): a claim or discrepancy probe needs only the
     * entry's id, which every secondary index carries. Only the few entries that survive them are
     * read whole (t, by primary key). Reading every entry whole first cost twice as much when a
     * statement covers its terminals' whole day: a random primary-key read per entry.
     */
    private static final String UNCLAIMED_K = " LEFT JOIN statement_line c ON c.matched_transaction_id = k.id"
            + " AND c.type <> 'REVERSAL'";
    /**
     * Settled entries of a list of terminals ({@code ?terminals}) in a window (?1, ?2) that no line
     * claims and no MISSING_AT_ACQUIRER discrepancy names yet: each terminal's window by
     * (terminal_id, terminal_time), never a terminal's whole history.
     */
    public static final String UNCLAIMED_IN_WINDOW = "SELECT STRAIGHT_JOIN " + JOURNAL_COLUMNS
            + " FROM card_transaction k FORCE INDEX (ix_card_transaction_terminal_time)" + UNCLAIMED_K
            + " LEFT JOIN reconciliation_discrepancy d ON d.transaction_id = k.id AND d.outcome = 'MISSING_AT_ACQUIRER'"
            + " JOIN card_transaction t ON t.id = k.id"
            + " WHERE k.terminal_id IN (?terminals) AND k.terminal_time >= ?1 AND k.terminal_time < ?2"
            + " AND c.id IS NULL AND d.id IS NULL AND" + SETTLED + "ORDER BY t.id";
    /**
     * Unjudged entries (see {@link #UNJUDGED}) per batch of a list ({@code ?ids}), each batch's
     * entries read through (terminal, batch), the probes first as in {@link #UNCLAIMED_IN_WINDOW}.
     */
    public static final String UNJUDGED_BY_BATCH = PROBE_BY_INDEX + "SELECT STRAIGHT_JOIN b.id, COUNT(*) FROM batch b"
            + " JOIN card_transaction k FORCE INDEX (ix_card_transaction_terminal_batch) ON k.terminal_id = b.terminal_id"
            + " AND k.batch_number = b.batch_number" + UNCLAIMED_K
            + " LEFT JOIN reconciliation_discrepancy d ON d.transaction_id = k.id"
            + " JOIN card_transaction t ON t.id = k.id"
            + " WHERE b.id IN (?ids) AND c.id IS NULL AND d.id IS NULL AND" + SETTLED + "AND" + VOIDS_CANCEL
            + " GROUP BY b.id";

    /**
     * The first matching pass: every line of a statement (?1) in its id range (?2, ?3) claims the
     * entry of its terminal, RRN and type; see {@code releaseClaimsHeldElsewhere} for what it leaves out.
     */
    public static final String MATCH_BY_RRN = "UPDATE statement_line l FORCE INDEX (PRIMARY)"
            + " STRAIGHT_JOIN card_transaction t FORCE INDEX (ix_card_transaction_rrn)"
            + " ON t.rrn = l.rrn AND t.tid = l.tid AND t.type = l.type SET" + OUTCOME
            + " WHERE l.statement_id = ?1 AND l.id BETWEEN ?2 AND ?3 AND l.match_outcome IS NULL"
            + " AND l.rrn IS NOT NULL AND t.status <> 'DECLINED'"
            + " AND (l.auth_code IS NULL OR t.auth_code IS NULL OR t.auth_code = l.auth_code)";
    /**
     * Lines of a statement (?1, ids ?2 to ?3) claiming an entry a line of another statement holds,
     * probed by the claim index alone: left to itself MariaDB adds a filter of every other
     * statement's line ids, built by reading them all.
     */
    public static final String CLAIMS_HELD_ELSEWHERE = PROBE_BY_INDEX + "SELECT l.id FROM statement_line l"
            + " FORCE INDEX (PRIMARY) WHERE l.statement_id = ?1 AND l.id BETWEEN ?2 AND ?3"
            + " AND l.matched_transaction_id IS NOT NULL AND l.match_outcome IN ('MATCHED', 'AMOUNT_MISMATCH')"
            + " AND EXISTS (SELECT 1 FROM statement_line c FORCE INDEX (ix_statement_line_matched)"
            + " WHERE c.matched_transaction_id = l.matched_transaction_id AND c.type <> 'REVERSAL' AND c.statement_id <> ?1)";

    /**
     * Lines of a statement (?1, ids ?2 to ?3) claiming an entry an earlier line, or another
     * statement's, claims too: each line's claim probed by index, as in {@link #CLAIMS_HELD_ELSEWHERE},
     * so the cost follows the statement's size, not the number of claims ever made.
     */
    public static final String DOUBLE_CLAIMS = PROBE_BY_INDEX + "SELECT l.id FROM statement_line l FORCE INDEX (PRIMARY)"
            + " WHERE l.statement_id = ?1 AND l.id BETWEEN ?2 AND ?3 AND l.matched_transaction_id IS NOT NULL"
            + " AND l.type <> 'REVERSAL' AND EXISTS (SELECT 1 FROM statement_line o FORCE INDEX (ix_statement_line_matched)"
            + " WHERE o.matched_transaction_id = l.matched_transaction_id"
            + " AND o.id <> l.id AND o.type <> 'REVERSAL' AND o.match_outcome IN ('MATCHED', 'AMOUNT_MISMATCH')"
            + " AND (o.statement_id <> ?1 OR o.id < l.id))";

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public Optional<Statement> lockStatement(long statementId) {
        return Optional.ofNullable(em.find(Statement.class, statementId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> importedStatements(int limit) {
        return em.createQuery("select s.id from Statement s where s.state = :state order by s.importedAt, s.id",
                        Long.class)
                .setParameter("state", StatementState.IMPORTED).setMaxResults(limit).getResultList();
    }

    @Override
    public Set<Long> markNaturalKeyDuplicates(long statementId) {
        // Fixed-width key: TID + RRN + transmission time + type (MTI and processing code); CSV
        // lines without an RRN: TID + batch + STAN + type. An earlier line of this statement, or
        // a line of another statement that was matched already (ACOMN and ACOMA of one sale).
        String earlier = " AND ((e.statement_id = ?1 AND e.id < l.id) OR (e.statement_id <> ?1"
                + " AND e.match_outcome IS NOT NULL AND e.match_outcome <> 'DUPLICATE'))";
        // Join order and index are fixed: right after a bulk import the statistics are stale and
        // the optimizer, thinking the statement small, chose a full scan of e joined through
        // (statement_id, tid) — quadratic for a statement of one terminal (200,000 lines: minutes).
        String byRrn = "SELECT STRAIGHT_JOIN l.id, MIN(e.statement_id) FROM statement_line l"
                + " JOIN statement_line e FORCE INDEX (ix_statement_line_tid_rrn)"
                + " ON e.tid = l.tid AND e.rrn = l.rrn AND e.type = l.type AND e.id <> l.id"
                + " AND e.transaction_time <=> l.transaction_time"
                + " WHERE l.statement_id = ?1 AND l.match_outcome IS NULL AND l.rrn IS NOT NULL" + earlier
                + " GROUP BY l.id";
        String byStan = "SELECT STRAIGHT_JOIN l.id, MIN(e.statement_id) FROM statement_line l"
                + " JOIN statement_line e FORCE INDEX (ix_statement_line_tid_stan)"
                + " ON e.tid = l.tid AND e.stan = l.stan AND e.batch_number = l.batch_number AND e.type = l.type"
                + " AND e.id <> l.id AND e.rrn IS NULL"
                + " WHERE l.statement_id = ?1 AND l.match_outcome IS NULL AND l.rrn IS NULL"
                + " AND l.batch_number IS NOT NULL" + earlier + " GROUP BY l.id";
        Map<Long, Long> repeated = new HashMap<>();
        for (String sql : List.of(byRrn, byStan)) {
            rows(em.createNativeQuery(sql).setParameter(1, statementId)).forEach(r -> {
                long line = num(r[0]);
                long firstStatement = num(r[1]);
                repeated.merge(line, firstStatement, Math::min);
            });
        }
        setOutcome(repeated.keySet(), MatchOutcome.DUPLICATE);
        return repeated.entrySet().stream().filter(e -> e.getValue() != statementId).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Override
    public int matchByRrn(long statementId) {
        long[] range = lineRange(statementId);
        int claimed = em.createNativeQuery(MATCH_BY_RRN)
                .setParameter(1, statementId).setParameter(2, range[0]).setParameter(3, range[1]).executeUpdate();
        return claimed - releaseClaimsHeldElsewhere(statementId, range);
    }

    /**
     * The first pass, over all of a statement's lines, claims without asking whether another
     * statement's line holds the entry already, and gives such claims back afterwards: the same
     * result as asking in the UPDATE, at two thirds of the time for a million lines. Asking there
     * made MariaDB collect the rows in a temporary table before changing them (the table is read
     * in its own subquery), and the scan runs in primary-key order over the statement's id range
     * (one import's lines are contiguous), not through (statement_id, match_outcome), which the
     * UPDATE changes.
     */
    private int releaseClaimsHeldElsewhere(long statementId, long[] range) {
        List<Long> ids = longs(em.createNativeQuery(CLAIMS_HELD_ELSEWHERE)
                .setParameter(1, statementId).setParameter(2, range[0]).setParameter(3, range[1]));
        for (List<Long> chunk : chunks(ids)) {
            bind(em.createNativeQuery("UPDATE statement_line SET match_outcome = NULL, matched_transaction_id = NULL"
                    + " WHERE id IN (" + marks(chunk.size(), 1) + ")"), chunk, 1).executeUpdate();
        }
        return ids.size();
    }

    /** The lowest and highest id of a statement's lines (from its (statement_id, line_number) index). */
    private long[] lineRange(long statementId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), -1)"
                + " FROM statement_line WHERE statement_id = ?1").setParameter(1, statementId).getSingleResult();
        return new long[] {num(r[0]), num(r[1])};
    }

    @Override
    public int matchByBatchAndStan(long statementId) {
        // What the first pass left: few lines, found through (statement_id, match_outcome), each
        // looking its entry up by the natural key (see markNaturalKeyDuplicates for the fixed order).
        return em.createNativeQuery("UPDATE statement_line l FORCE INDEX (ix_statement_line_outcome)"
                        + " STRAIGHT_JOIN card_transaction t FORCE INDEX (uq_card_transaction_natural)"
                        + " ON t.tid = l.tid AND t.batch_number = l.batch_number AND t.stan = l.stan AND t.type = l.type"
                        + " SET" + OUTCOME + " WHERE l.statement_id = ?1 AND l.match_outcome IS NULL"
                        + " AND l.batch_number IS NOT NULL AND l.stan IS NOT NULL AND t.status <> 'DECLINED' AND" + UNCLAIMED)
                .setParameter(1, statementId).executeUpdate();
    }

    @Override
    public int releaseDoubleClaims(long statementId) {
        long[] range = lineRange(statementId);
        List<Long> ids = longs(em.createNativeQuery(DOUBLE_CLAIMS).setParameter(1, statementId)
                .setParameter(2, range[0]).setParameter(3, range[1]));
        for (List<Long> chunk : chunks(ids)) {
            bind(em.createNativeQuery("UPDATE statement_line SET match_outcome = 'DUPLICATE', matched_transaction_id = NULL"
                    + " WHERE id IN (" + marks(chunk.size(), 1) + ")"), chunk, 1).executeUpdate();
        }
        return ids.size();
    }

    @Override
    public List<LineRef> unmatchedLines(long statementId, long afterId, int limit) {
        return rows(em.createNativeQuery("SELECT " + LINE_COLUMNS + " FROM statement_line l WHERE l.statement_id = ?1"
                        + " AND l.match_outcome IS NULL AND l.id > ?2 ORDER BY l.id LIMIT ?3")
                .setParameter(1, statementId).setParameter(2, afterId).setParameter(3, limit))
                .stream().map(JpaReconciliationRepository::line).toList();
    }

    @Override
    public List<JournalRef> byTrace(Collection<LineRef> lines) {
        List<LineRef> keyed = lines.stream().filter(l -> l.tid() != null && l.stan() != null && l.time() != null)
                .toList();
        if (keyed.isEmpty()) {
            return List.of();
        }
        LocalDateTime from = keyed.stream().map(LineRef::time).min(LocalDateTime::compareTo).orElseThrow()
                .minus(LineMatcher.WINDOW);
        LocalDateTime to = keyed.stream().map(LineRef::time).max(LocalDateTime::compareTo).orElseThrow()
                .plus(LineMatcher.WINDOW);
        return pairs(keyed.stream().map(l -> List.<Object>of(l.tid(), l.stan())).distinct().toList(),
                "t.tid = ? AND t.stan = ?", " AND t.terminal_time BETWEEN ? AND ? AND t.status <> 'DECLINED' AND"
                        + UNCLAIMED, List.of(from, to));
    }

    @Override
    public List<JournalRef> originals(Collection<LineRef> lines) {
        List<JournalRef> found = new ArrayList<>();
        List<String> rrns = lines.stream().map(LineRef::originalRrn).filter(r -> r != null).distinct().toList();
        for (List<String> chunk : chunks(rrns)) {
            found.addAll(journalRows(bind(em.createNativeQuery("SELECT " + JOURNAL_COLUMNS + " FROM card_transaction t"
                    + " WHERE t.rrn IN (" + marks(chunk.size(), 1) + ")"), chunk, 1)));
        }
        List<List<Object>> traces = lines.stream().filter(l -> l.tid() != null && l.originalStan() != null)
                .map(l -> List.<Object>of(l.tid(), l.originalStan())).distinct().toList();
        found.addAll(pairs(traces, "t.tid = ? AND t.stan = ?", "", List.of()));
        return found.stream().distinct().toList();
    }

    @Override
    public List<JournalRef> cancellationsOf(Collection<Long> originalIds) {
        List<JournalRef> found = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(new LinkedHashSet<>(originalIds)))) {
            found.addAll(journalRows(bind(em.createNativeQuery("SELECT " + JOURNAL_COLUMNS + " FROM card_transaction t"
                    + " WHERE t.original_id IN (" + marks(chunk.size(), 1) + ") AND t.status <> 'DECLINED'")
                    , chunk, 1)));
        }
        return found;
    }

    @Override
    public List<Long> claimed(Collection<Long> transactionIds) {
        List<Long> found = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(new LinkedHashSet<>(transactionIds)))) {
            found.addAll(longs(bind(em.createNativeQuery("SELECT DISTINCT c.matched_transaction_id FROM statement_line c"
                    + " WHERE c.matched_transaction_id IN (" + marks(chunk.size(), 1) + ") AND c.type <> 'REVERSAL'")
                    , chunk, 1)));
        }
        return found;
    }

    @Override
    public void record(Collection<Decision> decisions) {
        for (List<Decision> chunk : chunks(List.copyOf(decisions))) {
            StringBuilder outcome = new StringBuilder("CASE id");
            StringBuilder claim = new StringBuilder("CASE id");
            List<Object> params = new ArrayList<>();
            for (Decision d : chunk) {
                outcome.append(" WHEN ? THEN ?");
                params.add(d.lineId());
                params.add(d.outcome().name());
            }
            for (Decision d : chunk) {
                claim.append(" WHEN ? THEN ?");
                params.add(d.lineId());
                params.add(d.transactionId());
            }
            params.addAll(chunk.stream().map(Decision::lineId).toList());
            String sql = "UPDATE statement_line SET match_outcome = " + outcome + " END, matched_transaction_id = "
                    + claim + " END WHERE match_outcome IS NULL AND id IN (" + "?,".repeat(chunk.size() - 1) + "?)";
            Query q = em.createNativeQuery(numbered(sql));
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            q.executeUpdate();
        }
    }

    @Override
    public int markRestMissingInPosdesk(long statementId) {
        return em.createNativeQuery("UPDATE statement_line SET match_outcome = 'MISSING_IN_POSDESK'"
                + " WHERE statement_id = ?1 AND match_outcome IS NULL").setParameter(1, statementId).executeUpdate();
    }

    @Override
    public List<LineRef> linesNeedingDiscrepancy(long statementId, Collection<MatchOutcome> outcomes, long afterId,
                                                 int limit) {
        List<String> names = outcomes.stream().map(Enum::name).toList();
        Query q = em.createNativeQuery("SELECT " + LINE_COLUMNS + " FROM statement_line l WHERE l.statement_id = ?1"
                + " AND l.match_outcome IN (" + marks(names.size(), 4) + ") AND l.id > ?2"
                + " AND NOT EXISTS (SELECT 1 FROM reconciliation_discrepancy d WHERE d.statement_line_id = l.id)"
                + " ORDER BY l.id LIMIT ?3").setParameter(1, statementId).setParameter(2, afterId)
                .setParameter(3, limit);
        return rows(bind(q, names, 4)).stream().map(JpaReconciliationRepository::line).toList();
    }

    @Override
    public Map<String, TerminalRef> terminals(Collection<String> tids) {
        Map<String, TerminalRef> found = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(new LinkedHashSet<>(tids)))) {
            rows(bind(em.createNativeQuery("SELECT id, tid, merchant_id, store_id FROM terminal WHERE tid IN ("
                    + marks(chunk.size(), 1) + ")"), chunk, 1))
                    .forEach(r -> found.put(str(r[1]), new TerminalRef(num(r[0]), str(r[1]), num(r[2]), num(r[3]))));
        }
        return found;
    }

    @Override
    public Map<Long, JournalRef> journal(Collection<Long> ids) {
        Map<Long, JournalRef> found = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
            journalRows(bind(em.createNativeQuery("SELECT " + JOURNAL_COLUMNS + " FROM card_transaction t WHERE t.id IN ("
                    + marks(chunk.size(), 1) + ")"), chunk, 1)).forEach(j -> found.put(j.id(), j));
        }
        return found;
    }

    @Override
    public Map<Long, Long> claimsOf(Collection<Long> lineIds) {
        Map<Long, Long> found = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(new LinkedHashSet<>(lineIds)))) {
            rows(bind(em.createNativeQuery("SELECT id, matched_transaction_id FROM statement_line WHERE id IN ("
                    + marks(chunk.size(), 1) + ") AND matched_transaction_id IS NOT NULL"), chunk, 1))
                    .forEach(r -> found.put(num(r[0]), num(r[1])));
        }
        return found;
    }

    @Override
    public Optional<JournalRef> entryRepeated(LineRef line) {
        Query q = line.rrn() != null
                ? em.createNativeQuery("SELECT " + JOURNAL_COLUMNS + " FROM card_transaction t WHERE t.rrn = ?1"
                        + " AND t.tid = ?2 AND t.type = ?3").setParameter(1, line.rrn())
                : em.createNativeQuery("SELECT " + JOURNAL_COLUMNS + " FROM card_transaction t WHERE t.tid = ?2"
                        + " AND t.batch_number = ?1 AND t.stan = ?4 AND t.type = ?3")
                        .setParameter(1, line.batchNumber()).setParameter(4, line.stan());
        q.setParameter(2, line.tid()).setParameter(3, line.type()).setMaxResults(1);
        return journalRows(q).stream().findFirst();
    }

    @Override
    public List<JournalRef> unclaimedInWindow(long statementId, LocalDateTime from, LocalDateTime to) {
        // The statement's terminals first (a short list), then their windows a chunk at a time.
        List<Long> terminals = longs(em.createNativeQuery("SELECT DISTINCT tr.id FROM statement_line l"
                + " JOIN terminal tr ON tr.tid = l.tid WHERE l.statement_id = ?1").setParameter(1, statementId));
        List<JournalRef> found = new ArrayList<>();
        for (List<Long> chunk : chunks(terminals)) {
            Query q = em.createNativeQuery(UNCLAIMED_IN_WINDOW.replace("?terminals", marks(chunk.size(), 3)))
                    .setParameter(1, from).setParameter(2, to);
            found.addAll(journalRows(bind(q, chunk, 3)));
        }
        return found;
    }

    @Override
    public Optional<Long> batchId(long terminalId, int batchNumber) {
        return longs(em.createNativeQuery("SELECT id FROM batch WHERE terminal_id = ?1 AND batch_number = ?2")
                .setParameter(1, terminalId).setParameter(2, batchNumber)).stream().findFirst();
    }

    @Override
    public Optional<Batch> batchAt(long terminalId, Instant at) {
        return em.createQuery("select b from Batch b where b.terminalId = :terminalId and b.openedAt <= :at"
                        + " order by b.openedAt desc, b.id desc", Batch.class)
                .setParameter("terminalId", terminalId).setParameter("at", at).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public java.util.Map<Long, Long> discrepanciesByMerchant(long statementId) {
        // The statement's foreign-key index; a statement's discrepancies are a few thousand at most.
        java.util.Map<Long, Long> counts = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT d.merchant_id, COUNT(*) FROM reconciliation_discrepancy d"
                + " WHERE d.statement_id = ?1 AND d.merchant_id IS NOT NULL GROUP BY d.merchant_id")
                .setParameter(1, statementId).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<Long> batchesTouched(long statementId) {
        return longs(em.createNativeQuery("SELECT b.id FROM statement_line l"
                        + " JOIN card_transaction t ON t.id = l.matched_transaction_id"
                        + " JOIN batch b ON b.terminal_id = t.terminal_id AND b.batch_number = t.batch_number"
                        + " WHERE l.statement_id = ?1"
                        + " UNION SELECT d.batch_id FROM reconciliation_discrepancy d"
                        + " WHERE d.statement_id = ?1 AND d.batch_id IS NOT NULL")
                .setParameter(1, statementId));
    }

    @Override
    public List<Long> discrepantBatches(int limit) {
        return em.createQuery("select b.id from Batch b where b.state = org.posdesk.domain.batch.BatchState.DISCREPANT"
                + " order by b.openedAt, b.id", Long.class).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Batch> lockBatch(long batchId) {
        return Optional.ofNullable(em.find(Batch.class, batchId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long openDiscrepancies(long batchId) {
        return num(em.createNativeQuery("SELECT COUNT(*) FROM reconciliation_discrepancy d"
                        + " LEFT JOIN missing_order_case c ON c.id = d.case_id WHERE d.batch_id = ?1 AND" + OPEN_DISCREPANCY)
                .setParameter(1, batchId).getSingleResult());
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Batch> lockBatches(List<Long> ascendingIds) {
        List<Batch> locked = new ArrayList<>(ascendingIds.size());
        for (List<Long> chunk : chunks(ascendingIds)) {
            locked.addAll(em.createQuery("select b from Batch b where b.id in :ids order by b.id", Batch.class)
                    .setParameter("ids", chunk).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setFlushMode(FlushModeType.COMMIT).getResultList());
        }
        return locked;
    }

    @Override
    public Map<Long, Long> openDiscrepancies(Collection<Long> batchIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(new LinkedHashSet<>(batchIds)))) {
            rows(bind(em.createNativeQuery(OPEN_DISCREPANCIES_BY_BATCH.replace("?ids", marks(chunk.size(), 1)))
                    .setFlushMode(FlushModeType.COMMIT), chunk, 1))
                    .forEach(r -> counts.put(num(r[0]), num(r[1])));
        }
        return counts;
    }

    @Override
    public Map<Long, Long> unjudgedEntries(Collection<Long> batchIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(new LinkedHashSet<>(batchIds)))) {
            rows(bind(em.createNativeQuery(UNJUDGED_BY_BATCH.replace("?ids", marks(chunk.size(), 1)))
                    .setFlushMode(FlushModeType.COMMIT), chunk, 1))
                    .forEach(r -> counts.put(num(r[0]), num(r[1])));
        }
        return counts;
    }

    @Override
    public long unjudgedEntries(long terminalId, int batchNumber) {
        // A voided sale and its void that no line claims cancel out (left off the statement together).
        return num(em.createNativeQuery("SELECT COUNT(*) FROM card_transaction t WHERE t.terminal_id = ?1"
                        + " AND t.batch_number = ?2 AND" + UNJUDGED)
                .setParameter(1, terminalId).setParameter(2, batchNumber).getSingleResult());
    }

    @Override
    public int resolveClaimedSince(Instant at) {
        List<Discrepancy> claimed = em.createQuery("select d from Discrepancy d where d.state = :open"
                        + " and d.outcome = :missing and exists (select l.id from StatementLine l"
                        + " where l.matchedTransactionId = d.transactionId and l.type <> 'REVERSAL')", Discrepancy.class)
                .setParameter("open", org.posdesk.domain.reconciliation.DiscrepancyState.OPEN)
                .setParameter("missing", MatchOutcome.MISSING_AT_ACQUIRER).getResultList();
        claimed.forEach(d -> d.resolve("claimed by a later statement line", "reconciliation", at));
        return claimed.size();
    }

    @Override
    public Map<MatchOutcome, Tally> lineTallies(long statementId) {
        Map<MatchOutcome, Tally> tallies = new EnumMap<>(MatchOutcome.class);
        // By the id range, not (statement_id, match_outcome): the matching changed that index's
        // entries for every line in this same transaction, and each changed entry costs a look at its row.
        long[] range = lineRange(statementId);
        rows(em.createNativeQuery("SELECT match_outcome, COUNT(*), COALESCE(SUM(amount_minor), 0) FROM statement_line"
                + " FORCE INDEX (PRIMARY) WHERE statement_id = ?1 AND id BETWEEN ?2 AND ?3 AND match_outcome IS NOT NULL"
                + " GROUP BY match_outcome").setParameter(1, statementId).setParameter(2, range[0])
                .setParameter(3, range[1]))
                .forEach(r -> tallies.put(MatchOutcome.valueOf(str(r[0])), new Tally(num(r[1]), num(r[2]))));
        return tallies;
    }

    @Override
    public Tally missingAtAcquirer(long statementId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(amount_minor), 0)"
                        + " FROM reconciliation_discrepancy WHERE statement_id = ?1 AND outcome = 'MISSING_AT_ACQUIRER'")
                .setParameter(1, statementId).getSingleResult();
        return new Tally(num(r[0]), num(r[1]));
    }

    @Override
    public void add(Discrepancy discrepancy) {
        em.persist(discrepancy);
    }

    @Override
    public void add(ReconciliationRun run) {
        em.persist(run);
    }

    @Override
    public Optional<Discrepancy> lockDiscrepancy(long id) {
        return Optional.ofNullable(em.find(Discrepancy.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<RetryCandidate> incompleteUploads(String requester, Instant since, int limit) {
        return rows(em.createNativeQuery("SELECT b.id, b.merchant_id, b.terminal_id, tr.tid, b.batch_number,"
                        + " (SELECT COUNT(*) FROM resubmission r WHERE r.batch_id = b.id AND r.requested_by = ?1),"
                        + " (SELECT MAX(r.requested_at) FROM resubmission r WHERE r.batch_id = b.id AND r.requested_by = ?1),"
                        + " (SELECT MAX(x.occurred_at) FROM batch_transition x WHERE x.batch_id = b.id"
                        + " AND x.to_state = 'UPLOAD_INCOMPLETE')"
                        + " FROM batch b JOIN terminal tr ON tr.id = b.terminal_id"
                        + " WHERE b.state = 'UPLOAD_INCOMPLETE' AND EXISTS (SELECT 1 FROM batch_transition x"
                        + " WHERE x.batch_id = b.id AND x.to_state = 'UPLOAD_INCOMPLETE' AND x.occurred_at >= ?3)"
                        + " ORDER BY b.opened_at, b.id LIMIT ?2")
                .setParameter(1, requester).setParameter(2, limit).setParameter(3, since)).stream()
                .map(r -> new RetryCandidate(num(r[0]), num(r[1]), num(r[2]), str(r[3]), (int) num(r[4]),
                        (int) num(r[5]), instant(r[6]), instant(r[7])))
                .toList();
    }

    @Override
    public List<DayFigures> dayFigures(LocalDateTime from, LocalDateTime to) {
        return rows(em.createNativeQuery("SELECT m.id, m.mid, m.name, t.tid, t.type, COUNT(*), SUM(t.amount_minor)"
                        + " FROM card_transaction t JOIN merchant m ON m.id = t.merchant_id"
                        + " WHERE t.terminal_time >= ?1 AND t.terminal_time < ?2 AND" + SETTLED
                        + " GROUP BY m.id, m.mid, m.name, t.tid, t.type ORDER BY m.id, t.tid, t.type")
                .setParameter(1, from).setParameter(2, to)).stream()
                .map(r -> new DayFigures(num(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), num(r[5]), num(r[6])))
                .toList();
    }

    @Override
    public Map<Long, Long> openDiscrepanciesByMerchant() {
        Map<Long, Long> counts = new HashMap<>();
        rows(em.createNativeQuery("SELECT merchant_id, COUNT(*) FROM reconciliation_discrepancy"
                + " WHERE state = 'OPEN' AND merchant_id IS NOT NULL GROUP BY merchant_id"))
                .forEach(r -> counts.put(num(r[0]), num(r[1])));
        return counts;
    }

    @Override
    public List<QueueRow> queue(Long merchantId, org.posdesk.domain.reconciliation.DiscrepancyState state,
                                Instant afterCreated, Long afterId, int limit) {
        String jpql = "select d, s.fileName from Discrepancy d, Statement s where s.id = d.statementId"
                + " and d.state = :state" + (merchantId == null ? "" : " and d.merchantId = :merchantId")
                + (afterCreated == null ? "" : " and (d.createdAt < :t or (d.createdAt = :t and d.id < :id))")
                + " order by d.createdAt desc, d.id desc";
        var q = em.createQuery(jpql, Object[].class).setParameter("state", state).setMaxResults(limit);
        if (merchantId != null) {
            q.setParameter("merchantId", merchantId);
        }
        if (afterCreated != null) {
            q.setParameter("t", afterCreated).setParameter("id", afterId);
        }
        return q.getResultList().stream().map(r -> new QueueRow((Discrepancy) r[0], (String) r[1])).toList();
    }

    @Override
    public List<RunListRow> runs(Instant afterStarted, Long afterId, int limit) {
        String jpql = "select r, s.fileName, s.acquirer, s.clearingDate from ReconciliationRun r, Statement s"
                + " where s.id = r.statementId"
                + (afterStarted == null ? "" : " and (r.startedAt < :t or (r.startedAt = :t and r.id < :id))")
                + " order by r.startedAt desc, r.id desc";
        var q = em.createQuery(jpql, Object[].class).setMaxResults(limit);
        if (afterStarted != null) {
            q.setParameter("t", afterStarted).setParameter("id", afterId);
        }
        return q.getResultList().stream().map(r -> new RunListRow((ReconciliationRun) r[0], (String) r[1],
                (String) r[2], (java.time.LocalDate) r[3])).toList();
    }

    @Override
    public Map<Long, Map<MatchOutcome, Tally>> merchantTallies(long merchantId, Collection<Long> statementIds) {
        Map<Long, Map<MatchOutcome, Tally>> out = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(statementIds));
        if (ids.isEmpty()) {
            return out;
        }
        String in = marks(ids.size(), 2);
        Query lines = em.createNativeQuery("SELECT l.statement_id, l.match_outcome, COUNT(*), SUM(l.amount_minor)"
                + " FROM statement_line l JOIN terminal tr ON tr.tid = l.tid WHERE tr.merchant_id = ?1"
                + " AND l.statement_id IN (" + in + ") AND l.match_outcome IS NOT NULL"
                + " GROUP BY l.statement_id, l.match_outcome").setParameter(1, merchantId);
        Query missing = em.createNativeQuery("SELECT d.statement_id, d.outcome, COUNT(*), SUM(d.amount_minor)"
                + " FROM reconciliation_discrepancy d WHERE d.merchant_id = ?1 AND d.statement_id IN (" + in + ")"
                + " AND d.outcome = 'MISSING_AT_ACQUIRER' GROUP BY d.statement_id, d.outcome").setParameter(1, merchantId);
        for (Query q : List.of(lines, missing)) {
            rows(bind(q, ids, 2)).forEach(r -> out.computeIfAbsent(num(r[0]), k -> new EnumMap<>(MatchOutcome.class))
                    .put(MatchOutcome.valueOf(str(r[1])), new Tally(num(r[2]), num(r[3]))));
        }
        return out;
    }

    // --- helpers

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Timestamp ts ? ts.toInstant() : o instanceof Instant i ? i
                : ((LocalDateTime) o).atZone(java.time.ZoneId.systemDefault()).toInstant();
    }

    private void setOutcome(Collection<Long> ids, MatchOutcome outcome) {
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            bind(em.createNativeQuery("UPDATE statement_line SET match_outcome = ?1 WHERE match_outcome IS NULL AND id IN ("
                    + marks(chunk.size(), 2) + ")").setParameter(1, outcome.name()), chunk, 2)
                    .executeUpdate();
        }
    }

    /** Journal rows matching any of the key pairs ({@code pairCondition} with two ?), plus a shared tail. */
    private List<JournalRef> pairs(List<List<Object>> keys, String pairCondition, String tail, List<Object> tailParams) {
        List<JournalRef> found = new ArrayList<>();
        for (List<List<Object>> chunk : chunks(keys)) {
            String sql = "SELECT " + JOURNAL_COLUMNS + " FROM card_transaction t WHERE ("
                    + chunk.stream().map(k -> "(" + pairCondition + ")").collect(Collectors.joining(" OR ")) + ")" + tail;
            Query q = em.createNativeQuery(numbered(sql));
            int i = 1;
            for (List<Object> key : chunk) {
                for (Object part : key) {
                    q.setParameter(i++, part);
                }
            }
            for (Object p : tailParams) {
                q.setParameter(i++, p);
            }
            found.addAll(journalRows(q));
        }
        return found;
    }

    /** Turns JDBC-style ? into ?1, ?2...: Hibernate's native queries take ordinal parameters. */
    static String numbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 64);
        int n = 1;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            out.append(c);
            if (c == '?' && (i + 1 >= sql.length() || !Character.isDigit(sql.charAt(i + 1)))) {
                out.append(n++);
            }
        }
        return out.toString();
    }

    private static String marks(int count, int first) {
        return java.util.stream.IntStream.range(first, first + count).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
    }

    private static Query bind(Query q, List<?> values, int first) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(first + i, values.get(i));
        }
        return q;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return ((List<Object>) q.getResultList()).stream()
                .map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> longs(Query q) {
        return ((List<Object>) q.getResultList()).stream().map(JpaReconciliationRepository::num).toList();
    }

    private static List<JournalRef> journalRows(Query q) {
        return rows(q).stream().map(r -> new JournalRef(num(r[0]), num(r[1]), num(r[2]), num(r[3]), str(r[4]),
                (int) num(r[5]), str(r[6]), str(r[7]), str(r[8]), str(r[9]), num(r[10]), str(r[11]),
                time(r[12]), r[13] == null ? null : num(r[13]))).toList();
    }

    private static LineRef line(Object[] r) {
        return new LineRef(num(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4] == null ? null : (int) num(r[4]),
                str(r[5]), num(r[6]), str(r[7]), str(r[8]), time(r[9]), str(r[10]), str(r[11]), time(r[12]),
                str(r[13]), str(r[14]), str(r[15]));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().strip();
    }

    private static LocalDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) o;
    }
}
