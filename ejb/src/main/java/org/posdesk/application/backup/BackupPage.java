package org.posdesk.application.backup;

import java.util.List;

/** One page of backups, and the cursor of the next (older) page, or null when there is none. */
public record BackupPage(List<BackupRow> rows, BackupCursor next) {
}
