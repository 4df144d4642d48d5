package org.posdesk.application.casework;

import java.time.Instant;
import java.util.List;

/** One page of cases, oldest first; {@code next} is null on the last page. */
public record CasePage(List<CaseRow> rows, Cursor next) {

    public boolean hasMore() {
        return next != null;
    }

    public record Cursor(Instant openedAt, long id) implements java.io.Serializable {
    }
}
