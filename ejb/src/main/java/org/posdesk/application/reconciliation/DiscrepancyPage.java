package org.posdesk.application.reconciliation;

import java.time.Instant;
import java.util.List;

/** A page of the queue; {@code next} is null on the last page. */
public record DiscrepancyPage(List<DiscrepancyRow> rows, Cursor next) {

    /** Keyset position: the last row's creation time and id. */
    public record Cursor(Instant createdAt, long id) implements java.io.Serializable {
    }
}
