package org.posdesk.application.reconciliation;

import java.time.Instant;
import java.util.List;

/** A page of runs; {@code next} is null on the last page. */
public record RunPage(List<RunRow> rows, Cursor next) {

    public record Cursor(Instant startedAt, long id) implements java.io.Serializable {
    }
}
