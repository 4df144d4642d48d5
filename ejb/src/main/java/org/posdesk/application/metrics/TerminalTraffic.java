package org.posdesk.application.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The terminal messages this node received and answered, counted when their transaction
 * committed (an answer is only sent after that), with the time from receipt to commit as a
 * histogram. Counters only grow; Prometheus derives rates. Adders, because every delivery thread
 * records here.
 */
@ApplicationScoped
public class TerminalTraffic {

    /** Upper bounds of the latency buckets, in milliseconds. */
    static final long[] BUCKETS_MS = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    private final Map<String, LongAdder> receivedByMti = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> answeredByCode = new ConcurrentHashMap<>();
    private final LongAdder[] buckets = new LongAdder[BUCKETS_MS.length];
    private final LongAdder latencyCount = new LongAdder();
    private final LongAdder latencySumMicros = new LongAdder();
    private final LongAdder rolledBack = new LongAdder();

    public TerminalTraffic() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    /** A request whose transaction committed; {@code responseCode} null when it gets no reply. */
    public void committed(String mti, String responseCode, Duration receiptToCommit) {
        receivedByMti.computeIfAbsent(label(mti), k -> new LongAdder()).increment();
        if (responseCode != null) {
            answeredByCode.computeIfAbsent(label(responseCode), k -> new LongAdder()).increment();
        }
        long millis = Math.max(0, receiptToCommit.toMillis());
        for (int i = 0; i < BUCKETS_MS.length; i++) {
            if (millis <= BUCKETS_MS[i]) {
                buckets[i].increment();
                break;
            }
        }
        latencyCount.increment();
        latencySumMicros.add(Math.max(0, receiptToCommit.toNanos() / 1000));
    }

    /** Requests of a delivery that rolled back: the adapter delivers each again on its own. */
    public void rolledBack(int requests) {
        rolledBack.add(requests);
    }

    public Snapshot snapshot() {
        long[] counts = new long[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            counts[i] = buckets[i].sum();
        }
        return new Snapshot(sums(receivedByMti), sums(answeredByCode), counts, latencyCount.sum(),
                latencySumMicros.sum() / 1_000_000.0, rolledBack.sum());
    }

    // Only what a terminal may legitimately send ends up as a label: a garbled frame cannot invent series.
    private static String label(String value) {
        return value != null && value.matches("[0-9A-Z]{2,4}") ? value : "other";
    }

    private static Map<String, Long> sums(Map<String, LongAdder> adders) {
        Map<String, Long> sums = new TreeMap<>();
        adders.forEach((k, v) -> sums.put(k, v.sum()));
        return sums;
    }

    /** A consistent-enough copy for one scrape; per-bucket counts are not cumulative. */
    public record Snapshot(Map<String, Long> receivedByMti, Map<String, Long> answeredByCode, long[] bucketCounts,
                           long latencyCount, double latencySumSeconds, long rolledBack) {
    }
}
