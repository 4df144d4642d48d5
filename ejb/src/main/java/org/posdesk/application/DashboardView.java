package org.posdesk.application;

import java.util.List;

/**
 * What the dashboard shows. {@code scope} names the merchant the figures belong to, or is null
 * when the caller sees every merchant (agents and administrators).
 */
public record DashboardView(
        String scope,
        long merchants,
        long stores,
        long terminals,
        long terminalsOnline,
        long transactionsToday,
        List<StateCount> batchesByState) {

    public DashboardView {
        batchesByState = List.copyOf(batchesByState);
    }

    public boolean isEmpty() {
        return terminals == 0 && transactionsToday == 0 && batchesByState.isEmpty();
    }

    /** How many batches are in one lifecycle state. */
    public record StateCount(String state, long count) {
    }
}
