package org.posdesk.application.batch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the batch page shows. {@code acquirerTotals} is null until an acquirer statement line
 * has been matched to one of the batch's transactions ("no statement yet").
 */
public record BatchDetail(BatchSummary batch, TotalsView acquirerTotals, UploadProgress upload,
                          List<Transition> history, List<JournalEntry> transactions, long transactionCount,
                          ResubmitView resubmit) {

    public BatchDetail {
        history = List.copyOf(history);
        transactions = List.copyOf(transactions);
    }

    /** More entries in the batch than the page lists. */
    public boolean moreTransactions() {
        return transactionCount > transactions.size();
    }

    /**
     * {@code announced} is the count of the terminal's last upload end (null before one);
     * {@code held} the entries posdesk holds that the terminal still counts (not reversed);
     * {@code missingStans} the ones posdesk can name as missing.
     */
    public record UploadProgress(Integer announced, long held, long confirmedByUpload, List<String> missingStans) {

        public UploadProgress {
            missingStans = List.copyOf(missingStans);
        }
    }

    /** One step of the batch's lifecycle; {@code from} is null for the opening, {@code actor} null when no person acted. */
    public record Transition(String from, String to, Instant at, String cause, String actor) {
    }

    /** A journal entry of the batch; the card as BIN and last four only. */
    public record JournalEntry(long id, String stan, LocalDateTime terminalTime, String type, String status,
                               long amountMinor, String currency, String maskedCard, String origin,
                               boolean confirmedByUpload) {
    }
}
