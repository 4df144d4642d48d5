package org.posdesk.application.audit;

import java.util.List;

/** One page of entries, newest first; {@code next} is null on the last page. */
public record AuditPage(List<AuditRow> rows, AuditCursor next) {

    public AuditPage {
        rows = List.copyOf(rows);
    }
}
