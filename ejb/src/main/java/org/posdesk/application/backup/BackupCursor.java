package org.posdesk.application.backup;

import java.io.Serializable;
import java.time.Instant;

/** Where a page of backups ends: the last row's start time and id (keyset). */
public record BackupCursor(Instant startedAt, long id) implements Serializable {
}
