package org.posdesk.sim;

import java.util.Arrays;

/** Acknowledgement latencies of a run, kept whole and sorted once for the percentiles. */
final class LatencyRecorder {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The latency at or below which {@code percent} of the recorded ones lie (nearest rank), in ms. */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000_000.0;
    }
}
