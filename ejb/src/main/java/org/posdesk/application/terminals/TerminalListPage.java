package org.posdesk.application.terminals;

import java.util.List;

/** @param more whether a next page exists (after the last row's TID) */
public record TerminalListPage(List<TerminalRow> rows, boolean more) {

    public String lastTid() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1).tid();
    }
}
