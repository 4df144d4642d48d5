package org.posdesk.application.batch;

import java.util.List;

/**
 * The board's head: how many batches are in each state (every state, in lifecycle order, zeros
 * included), and the stores the caller may filter by (empty for staff, who filter by terminal).
 */
public record BoardView(List<StateCount> counts, List<StoreOption> stores) {

    public BoardView {
        counts = List.copyOf(counts);
        stores = List.copyOf(stores);
    }

    public long total() {
        return counts.stream().mapToLong(StateCount::count).sum();
    }

    public record StateCount(String state, long count) {
    }

    public record StoreOption(long id, String name) {
    }
}
