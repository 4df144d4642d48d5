package org.posdesk.application.backup.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.application.alert.AlertRaising;
import org.posdesk.domain.backup.Backup;
import org.posdesk.domain.backup.BackupRepository;
import org.posdesk.infrastructure.backup.DumpFigures;
import org.posdesk.infrastructure.backup.Retention;

/**
 * Each step of a backup is committed on its own (the dump and the restore take minutes and run
 * outside any transaction), so the page shows where a backup is and a crash leaves a trace.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BackupRecords {

    private static final Logger LOG = Logger.getLogger(BackupRecords.class.getName());
    static final String ALERT_CAUSE = "database-backup";

    @Inject
    private BackupRepository backups;
    @EJB
    private AlertRaising alerts;

    private final Clock clock = Clock.systemUTC();

    /**
     * Fails the backups a crashed or stopped node left unsettled. Runs never overlap in the
     * cluster (the job is never concurrent), so an unsettled backup seen here is not running.
     */
    public int failInterrupted() {
        List<Backup> left = backups.unsettled();
        for (Backup b : left) {
            fail(b, "interrupted: the node running it stopped before it settled (was " + b.getState() + ")", null);
        }
        return left.size();
    }

    public long start(String fileName, String requestedBy, String node, Instant at) {
        Backup backup = Backup.start(fileName, requestedBy, node, at);
        backups.add(backup);
        return backup.getId();
    }

    public void dumped(long id, long size, Duration took, DumpFigures figures) {
        backup(id).dumped(size, took, figures.tables().size(), figures.rows(), figures.format(), clock.instant());
    }

    public DumpFigures verifying(long id) {
        Backup backup = backup(id);
        backup.verifying(clock.instant());
        return DumpFigures.parse(backup.getFigures().orElseThrow());
    }

    public void verified(long id, Duration took) {
        backup(id).verified(took, clock.instant());
    }

    public void failed(long id, String reason, Duration verifyTook) {
        fail(backup(id), reason, verifyTook);
    }

    /** The backups whose files retention lets go, marked removed; returns their file names. */
    public List<String> removeBeyond(Retention retention) {
        List<Backup> withFiles = backups.withFiles().stream().filter(b -> b.getState().isSettled()).toList();
        Set<Long> keep = retention.keep(withFiles.stream()
                .map(b -> new Retention.Candidate(b.getId(), b.getStartedAt(), b.isVerified())).toList());
        Instant now = clock.instant();
        List<String> gone = new java.util.ArrayList<>();
        for (Backup b : withFiles) {
            if (!keep.contains(b.getId())) {
                b.fileRemoved(now);
                gone.add(b.getFileName());
            }
        }
        return gone;
    }

    private void fail(Backup backup, String reason, Duration verifyTook) {
        Instant now = clock.instant();
        backup.fail(reason, verifyTook, now);
        // One alert for the cause "backups fail", counted up by each failure and reopened (and
        // delivered again) by one after it was acknowledged.
        String message = "Backup " + backup.getFileName() + " failed: " + backup.getReason().orElse(reason);
        LOG.warning(message);
        alerts.raise(AlertKind.BACKUP_FAILED, ALERT_CAUSE, message, null, null, now);
    }

    private Backup backup(long id) {
        return backups.find(id).orElseThrow(() -> new IllegalStateException("no backup " + id));
    }
}
