package org.posdesk.domain.batch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.terminal.TerminalCommand;

/**
 * What the batch board and the batch page read: batches with their terminal and store in one
 * query, a batch's history, journal, commands and acquirer lines, each in one query. Rows are
 * flat projections, so a page of fifty batches never loads fifty terminals one by one.
 */
public interface BatchReadRepository {

    /**
     * Whose batches: {@code merchantId} null means every merchant; a non-empty {@code storeIds}
     * confines to the batches of those stores' terminals.
     */
    record Scope(Long merchantId, Set<Long> storeIds) {
        public Scope {
            storeIds = Set.copyOf(storeIds);
        }
    }

    /** Every part is optional (null); {@code openedBefore} is exclusive. */
    record Filter(BatchState state, Long storeId, Long terminalId, Instant openedFrom, Instant openedBefore) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }

        public Filter withoutState() {
            return new Filter(null, storeId, terminalId, openedFrom, openedBefore);
        }
    }

    /** The position after the last row of a page, in the board's order (opened desc, id desc). */
    record Cursor(Instant openedAt, long id) {
    }

    /** A batch as listed, with the TID and store name it is known by. Terminal totals are null before the 0500. */
    record Row(long id, long merchantId, long terminalId, long storeId, String tid, String storeName, int batchNumber,
               BatchState state, Instant openedAt, Instant settledAt, String currency, Totals terminalTotals,
               Totals computedTotals, Integer announcedCount, String missingStans, boolean needsAttention) {
    }

    /** One journal entry of a batch; the card only as BIN and last four, as the journal holds it. */
    record JournalLine(long id, String stan, LocalDateTime terminalTime, TransactionType type,
                       TransactionStatus status, long amountMinor, String currency, String cardBin,
                       String cardLast4, Origin origin, boolean confirmedByUpload) {
    }

    /**
     * How much of a batch the journal holds: entries not reversed (what an upload end is counted
     * against) and how many of those an upload confirmed.
     */
    record JournalCount(long held, long confirmedByUpload) {
    }

    /** Acquirer statement lines matched to a batch's entries, by the statement's line type. */
    record AcquirerLines(String type, long count, long amountMinor) {
    }

    /** Every state is present, with 0 where there are none; the filter's state is ignored. */
    Map<BatchState, Long> countByState(Scope scope, Filter filter);

    /** At most {@code limit} rows after {@code after} (null: from the newest). */
    List<Row> page(Scope scope, Filter filter, Cursor after, int limit);

    Optional<Row> findRow(long batchId);

    /** Oldest first. */
    List<BatchTransition> transitions(long batchId);

    /** The batch's entries in STAN order, at most {@code limit}. */
    List<JournalLine> journal(long terminalId, int batchNumber, int limit);

    JournalCount countJournal(long terminalId, int batchNumber);

    /** Empty until a statement line has been matched to one of the batch's entries. */
    List<AcquirerLines> acquirerLines(long terminalId, int batchNumber);

    /** The newest re-upload command (361) naming the batch. */
    Optional<TerminalCommand> latestReupload(long terminalId, int batchNumber);

    /**
     * As {@link #latestReupload}, read past the transaction's snapshot with a lock: a command
     * another request committed a moment ago counts.
     */
    Optional<TerminalCommand> latestReuploadLocked(long terminalId, int batchNumber);

    Optional<Resubmission> latestResubmission(long batchId);

    /** Loads the batch with a row lock, so two requests to resubmit it run one after the other. */
    Optional<Batch> lock(long batchId);
}
