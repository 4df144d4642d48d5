package org.posdesk.application.backup;

import jakarta.ejb.Local;

/** Backups for administrators. Everyone else is refused with "not found". */
@Local
public interface Backups {

    int MAX_PAGE = 100;

    /** Newest first, a page at a time; {@code before} is the last row of the previous page, or null. */
    BackupPage list(BackupCursor before, int max);

    /**
     * Starts a backup now on whichever node takes it (audited). Refused, with nothing started, while
     * a backup runs or waits to run anywhere in the cluster: a second one would only queue behind it.
     */
    Requested backUpNow();

    enum Requested { STARTED, ALREADY_RUNNING }
}
