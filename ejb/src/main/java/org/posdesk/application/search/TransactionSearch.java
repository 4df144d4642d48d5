package org.posdesk.application.search;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The journal as the caller may see it: merchant users their merchant (and only their stores when
 * confined to some), staff every merchant.
 */
@Local
public interface TransactionSearch {

    /** Page size when the caller asks for none, and the largest the service hands out. */
    int DEFAULT_PAGE_SIZE = 50;
    int MAX_PAGE_SIZE = 200;
    /** Counts stop here; a larger selection is reported as "1,000+". */
    int COUNT_CAP = 1_000;

    /**
     * One page in terminal time order, newest first (ties by id, newest first).
     *
     * @param after the previous page's {@link SearchPage#next()}, or null for the first page
     * @throws InvalidSearchException when the filter is malformed or its window exceeds 13 months
     */
    SearchPage search(TransactionFilter filter, SearchCursor after, int pageSize);

    /** How many rows the filter selects, up to {@link #COUNT_CAP}. */
    ResultCount count(TransactionFilter filter);

    /**
     * Everything about one transaction the caller may see.
     *
     * @throws org.posdesk.application.AccessDeniedException "not found" when the id is unknown or
     *         another merchant's (or another store's, for a confined user)
     */
    TransactionDetail detail(long id);

    /** The stores the caller may filter on; empty for staff, who filter by terminal instead. */
    List<StoreOption> stores();
}
