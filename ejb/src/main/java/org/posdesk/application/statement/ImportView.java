package org.posdesk.application.statement;

import java.time.Instant;
import java.time.LocalDate;

/** One import attempt and, once imported, its statement. */
public record ImportView(long id, String fileName, String profile, String badLinePolicy, String source,
                         String startedBy, Instant startedAt, Instant finishedAt, ImportState state, long sizeBytes,
                         long bytesRead, int linesRead, int linesImported, int badLines, String message,
                         Long statementId, String statementState, LocalDate clearingDate) {

    /** Percent of the file read, for the progress bar (100 once finished). */
    public int percent() {
        if (state != ImportState.RUNNING) {
            return 100;
        }
        return sizeBytes <= 0 ? 0 : (int) Math.min(99, bytesRead * 100 / sizeBytes);
    }
}
