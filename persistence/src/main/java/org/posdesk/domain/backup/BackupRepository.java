package org.posdesk.domain.backup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Backup records. */
public interface BackupRepository {

    void add(Backup backup);

    Optional<Backup> find(long id);

    /** Newest first, strictly before the (startedAt, id) cursor when one is given. */
    List<Backup> newestFirst(Instant beforeStartedAt, Long beforeId, int max);

    /** Backups whose run never settled (RUNNING, DUMPED, VERIFYING). */
    List<Backup> unsettled();

    /** Backups whose file has not been removed by retention, any state. */
    List<Backup> withFiles();
}
