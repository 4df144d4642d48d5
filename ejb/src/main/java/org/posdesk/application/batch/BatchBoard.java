package org.posdesk.application.batch;

import jakarta.ejb.Local;

/** The caller's batches by state, and the list behind each count. */
@Local
public interface BatchBoard {

    /** Largest page {@link #page} returns, whatever is asked. */
    int MAX_PAGE = 200;

    /** Counts per state under the query's other filters (its state is ignored), and the stores to filter by. */
    BoardView board(BatchQuery query);

    /**
     * One page, newest first (opened desc, id desc), after {@code after} (null: the first page).
     * {@link BatchPage#next()} is null on the last page.
     */
    BatchPage page(BatchQuery query, BatchCursor after, int size);
}
