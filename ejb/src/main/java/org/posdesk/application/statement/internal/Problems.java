package org.posdesk.application.statement.internal;

import java.util.ArrayList;
import java.util.List;
import org.posdesk.application.statement.ImportProblemRow;
import org.posdesk.application.statement.StatementImports;
import org.posdesk.application.statement.format.LineOutcome;

/** The bad-line report being gathered: the first {@value StatementImports#MAX_REPORTED_PROBLEMS} and a count. */
final class Problems {

    private final List<ImportProblemRow> kept = new ArrayList<>();
    private int count;

    void add(LineOutcome.Bad bad) {
        count++;
        if (kept.size() < StatementImports.MAX_REPORTED_PROBLEMS) {
            kept.add(new ImportProblemRow(bad.lineNumber(), cut(bad.field(), 80), cut(bad.reason(), 200)));
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    int count() {
        return count;
    }

    List<ImportProblemRow> kept() {
        return List.copyOf(kept);
    }
}
