package org.posdesk.application.statement;

import java.time.Instant;
import java.util.List;

/** Imports newest first, a page at a time; {@code next} continues after the last row. */
public record ImportPage(List<ImportView> rows, Cursor next) {

    /** Keyset position: the last row's start time and id (ids from pooled sequences are not in time order). */
    public record Cursor(Instant startedAt, long id) {
    }
}
