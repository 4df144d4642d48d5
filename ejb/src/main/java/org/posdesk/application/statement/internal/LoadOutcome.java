package org.posdesk.application.statement.internal;

import java.util.List;
import org.posdesk.application.statement.ImportProblemRow;

/**
 * What a load did: imported (its transaction committed the statement, its lines and the import
 * row) or refused (rolled back; the caller records the refusal and the report).
 */
record LoadOutcome(boolean imported, String message, long bytesRead, int linesRead, int badLines,
                   List<ImportProblemRow> problems) {
}
