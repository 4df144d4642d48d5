package org.posdesk.application.batch;

import java.util.List;

/** One page of the board's list; {@code next} is null when there is nothing after it. */
public record BatchPage(List<BatchSummary> rows, BatchCursor next) {

    public BatchPage {
        rows = List.copyOf(rows);
    }

    public boolean hasMore() {
        return next != null;
    }
}
