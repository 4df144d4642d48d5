package org.posdesk.application.metrics;

import java.util.Map;

/**
 * The shared state at scrape time, read from the database: the same figures on every node.
 * {@code jobs} maps a job's name to its runs and failures so far.
 */
public record Gauges(long terminalsConnected, long terminalsConnectedHere, boolean listening,
                     Map<String, Long> batchesByState, Map<String, Long> alertsOpenByKind,
                     Map<String, long[]> jobs, Map<String, Long> casesByState) {
}
