package org.posdesk.domain.reconciliation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.statement.MatchOutcome;
import org.posdesk.domain.statement.Statement;

/**
 * Matching's reads and bulk writes. The exact passes and the duplicate checks are single SQL
 * statements over the whole statement (a statement can hold a million lines); the judgement
 * passes read the few lines left in chunks and write their outcomes a chunk at a time.
 */
public interface ReconciliationRepository {

    /** The statement, its row locked: two nodes never match the same statement at once. */
    Optional<Statement> lockStatement(long statementId);

    /** Statements still waiting to be matched, oldest first. */
    List<Long> importedStatements(int limit);

    /**
     * Lines repeating the natural key of an earlier line (in this statement, or matched in
     * another) become DUPLICATE. Returns those that repeat a line of another statement (ACOMN and
     * ACOMA describing one sale: counted once, and no discrepancy).
     */
    java.util.Set<Long> markNaturalKeyDuplicates(long statementId);

    /** The journal entry the line's exact key names (what a duplicate line repeats). */
    Optional<JournalRef> entryRepeated(LineRef line);

    /** TID + RRN (+ auth code where both have one), same type: MATCHED, or AMOUNT_MISMATCH. */
    int matchByRrn(long statementId);

    /** TID + batch + STAN where the line has a batch, same type: MATCHED, or AMOUNT_MISMATCH. */
    int matchByBatchAndStan(long statementId);

    /** A line claiming an entry an earlier line already claims is a DUPLICATE (and claims nothing). */
    int releaseDoubleClaims(long statementId);

    /** Lines without an outcome, by id after {@code afterId}. */
    List<LineRef> unmatchedLines(long statementId, long afterId, int limit);

    /** Entries of the lines' terminals and traces, within the window of the lines' times, not claimed yet. */
    List<JournalRef> byTrace(Collection<LineRef> lines);

    /** Candidate originals of cancelling lines: the same terminal, with the named RRN or trace. */
    List<JournalRef> originals(Collection<LineRef> lines);

    /** The voids and refunds of these originals. */
    List<JournalRef> cancellationsOf(Collection<Long> originalIds);

    /** Of these entries, those a statement line already claims. */
    List<Long> claimed(Collection<Long> transactionIds);

    /** Records the outcomes of lines that have none yet. */
    void record(Collection<Decision> decisions);

    /** Every line still without an outcome becomes MISSING_IN_POSDESK. */
    int markRestMissingInPosdesk(long statementId);

    /** Lines of these outcomes that have no discrepancy yet. */
    List<LineRef> linesNeedingDiscrepancy(long statementId, Collection<MatchOutcome> outcomes, long afterId, int limit);

    /** Whose each TID is; unknown TIDs are absent. */
    Map<String, TerminalRef> terminals(Collection<String> tids);

    /** Journal entries by id. */
    Map<Long, JournalRef> journal(Collection<Long> ids);

    /** The statement's matched journal entry for a line, if any. */
    Map<Long, Long> claimsOf(Collection<Long> lineIds);

    /** Settled entries of the statement's terminals in the window that no line claims and no discrepancy names. */
    List<JournalRef> unclaimedInWindow(long statementId, LocalDateTime from, LocalDateTime to);

    Optional<Long> batchId(long terminalId, int batchNumber);

    /** The terminal's batch open at that moment: the newest opened before it. */
    Optional<Batch> batchAt(long terminalId, Instant at);

    /** Batches whose entries the statement's lines claim, or that its discrepancies name. */
    List<Long> batchesTouched(long statementId);

    /** How many discrepancies a statement recorded, per merchant (those of no merchant left out). */
    java.util.Map<Long, Long> discrepanciesByMerchant(long statementId);

    /** DISCREPANT batches (oldest first), to see whether their discrepancies have been settled since. */
    List<Long> discrepantBatches(int limit);

    Optional<Batch> lockBatch(long batchId);

    /** Discrepancies of the batch still open: OPEN, or handed to a case that is not resolved. */
    long openDiscrepancies(long batchId);

    /** Settled entries of the batch neither claimed by a line nor named by a discrepancy. */
    long unjudgedEntries(long terminalId, int batchNumber);

    /** Writes what the persistence context holds (before reads that skip the auto-flush). */
    void flush();

    /**
     * The batches, each row locked, in id order (as one lock after another in id order would take
     * them). This and the two grouped counts below do not flush the persistence context first: the
     * verdicts they serve change only batches, which they do not read; the caller flushes before.
     */
    List<Batch> lockBatches(List<Long> ascendingIds);

    /** {@link #openDiscrepancies(long)} of many batches in one query; a batch with none is left out. */
    Map<Long, Long> openDiscrepancies(Collection<Long> batchIds);

    /** {@link #unjudgedEntries(long, int)} of many batches (by id) in one query; a batch with none is left out. */
    Map<Long, Long> unjudgedEntries(Collection<Long> batchIds);

    /** OPEN MISSING_AT_ACQUIRER discrepancies whose entry a line has claimed since: resolved. */
    int resolveClaimedSince(Instant at);

    Map<MatchOutcome, Tally> lineTallies(long statementId);

    Tally missingAtAcquirer(long statementId);

    void add(Discrepancy discrepancy);

    void add(ReconciliationRun run);

    Optional<Discrepancy> lockDiscrepancy(long id);

    /**
     * UPLOAD_INCOMPLETE batches that became so since {@code since}, with the count and time of the
     * resubmissions {@code requester} made for them.
     */
    List<RetryCandidate> incompleteUploads(String requester, Instant since, int limit);

    /** Settled journal entries of the day (terminal time), per merchant, terminal and type. */
    List<DayFigures> dayFigures(LocalDateTime from, LocalDateTime to);

    /** Open discrepancies per merchant (merchant id to count). */
    Map<Long, Long> openDiscrepanciesByMerchant();

    /** A discrepancy on the queue, with the file it came from. */
    record QueueRow(Discrepancy discrepancy, String fileName) {
    }

    /**
     * Discrepancies in one state, newest first, after the keyset ({@code afterCreated},
     * {@code afterId}; null for the first page), of one merchant or (null) of all.
     */
    List<QueueRow> queue(Long merchantId, org.posdesk.domain.reconciliation.DiscrepancyState state,
                         Instant afterCreated, Long afterId, int limit);

    /** A run with the statement it matched. */
    record RunListRow(ReconciliationRun run, String fileName, String acquirer, java.time.LocalDate clearingDate) {
    }

    /** Runs newest first after the keyset (null: from the newest). */
    List<RunListRow> runs(Instant afterStarted, Long afterId, int limit);

    /**
     * One merchant's share of each statement: its terminals' lines by outcome, and (under
     * MISSING_AT_ACQUIRER) its entries no line claimed.
     */
    Map<Long, Map<MatchOutcome, Tally>> merchantTallies(long merchantId, Collection<Long> statementIds);
}
