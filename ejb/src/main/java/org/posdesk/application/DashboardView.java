package org.posdesk.application;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the dashboard shows. {@code scope} names the merchant the figures belong to, or is null
 * when the caller sees every merchant (agents and administrators). Lists are the first few of
 * their kind; the counts beside them say how many there are in all. {@code batchesByState}
 * counts the batches opened in the last 30 days; {@code uploadsIncomplete} every one, however old. Times are shown in
 * {@code zone}: the merchant's, or China's when the caller sees every merchant.
 */
public record DashboardView(
        String scope,
        long merchants,
        long stores,
        long terminals,
        long terminalsOnline,
        long transactionsToday,
        List<StateCount> batchesByState,
        Fleet fleet,
        long uploadsIncomplete,
        List<IncompleteUpload> incompleteUploads,
        List<StoreVolume> volumeByStore,
        long openCases,
        List<AlertLine> recentAlerts,
        Instant asOf,
        String zone) implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The batch chart covers the batches opened in this many days before today. */
    public static final int BATCH_DAYS = 30;

    public DashboardView {
        batchesByState = List.copyOf(batchesByState);
        incompleteUploads = List.copyOf(incompleteUploads);
        volumeByStore = List.copyOf(volumeByStore);
        recentAlerts = List.copyOf(recentAlerts);
    }

    public boolean isEmpty() {
        return terminals == 0 && transactionsToday == 0 && batchesByState.isEmpty();
    }

    /** How many batches are in one lifecycle state. */
    public record StateCount(String state, long count) implements Serializable {
    }

    /**
     * @param offline the terminals not online now (no connection, or silent past their allowance)
     * @param silent  those whose last contact is older than three heartbeat intervals
     * @param longestOffline the first few offline terminals, the longest silent first
     */
    public record Fleet(long offline, long silent, List<OfflineTerminal> longestOffline) implements Serializable {

        public Fleet {
            longestOffline = List.copyOf(longestOffline);
        }
    }

    /** A terminal not online; {@code lastContact} is null when posdesk never heard from it. */
    public record OfflineTerminal(String tid, String store, Instant lastContact, long heartbeatSeconds)
            implements Serializable {

        public Duration silentFor(Instant now) {
            return lastContact == null ? null : Duration.between(lastContact, now);
        }

        public boolean pastAllowance(Instant now) {
            return lastContact != null && silentFor(now).getSeconds() > heartbeatSeconds * 3;
        }
    }

    /** A batch whose upload ended short; {@code since} is its last transition. */
    public record IncompleteUpload(long batchId, String tid, int batchNumber, Integer announced, Instant since)
            implements Serializable {
    }

    /** Today's transactions of one store and the amount of its approved sales, in minor units. */
    public record StoreVolume(long storeId, String store, long transactions, long salesMinor, String currency)
            implements Serializable {
    }

    /** An open alert; {@code tid} is null when it concerns no terminal. */
    public record AlertLine(String kind, String message, Instant raisedAt, String tid) implements Serializable {
    }
}
