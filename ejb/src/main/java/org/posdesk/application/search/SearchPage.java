package org.posdesk.application.search;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a search. {@code more} says whether another page follows (the service read one row
 * beyond the page to know); {@code next} is the cursor to ask for it, null when there is none.
 */
public record SearchPage(List<TransactionRow> rows, boolean more, SearchCursor next) implements Serializable {

    public SearchPage {
        rows = List.copyOf(rows);
    }

    public static SearchPage none() {
        return new SearchPage(List.of(), false, null);
    }
}
