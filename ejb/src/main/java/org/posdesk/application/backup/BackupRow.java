package org.posdesk.application.backup;

import java.io.Serializable;
import java.time.Instant;

/**
 * A backup as the page shows it. {@code verification} is VERIFIED, FAILED or NOT_VERIFIED — never
 * anything that reads as good unless the restore was proven; {@code phase} is the step a backup
 * still in progress is at (RUNNING = writing the dump, DUMPED, VERIFYING), INTERRUPTED for one a
 * stopped node left unsettled (the next backup fails it), null once settled.
 */
public record BackupRow(long id, String fileName, Instant startedAt, Instant finishedAt, Long sizeBytes,
                        Long dumpMillis, Long verifyMillis, String verification, String phase, String reason,
                        String requestedBy, Integer tables, Long rows, boolean fileRemoved)
        implements Serializable {

    public static final String INTERRUPTED = "INTERRUPTED";

    public boolean isInProgress() {
        return phase != null && !INTERRUPTED.equals(phase);
    }
}
