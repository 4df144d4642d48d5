package org.posdesk.application.backup.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.backup.BackupCursor;
import org.posdesk.application.backup.BackupPage;
import org.posdesk.application.backup.BackupRow;
import org.posdesk.application.backup.Backups;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.domain.backup.Backup;
import org.posdesk.domain.backup.BackupRepository;
import org.posdesk.domain.backup.BackupState;
import org.posdesk.domain.user.Role;
import org.posdesk.infrastructure.scheduling.BackupJob;
import org.posdesk.infrastructure.scheduling.JobScheduler;

/** Backups hold every merchant's data: administrators only, like the audit trail. */
@Stateless
public class BackupsBean implements Backups {

    static final String EVENT = "BACKUP_REQUESTED";

    @Inject
    private AccessPolicy access;
    @Inject
    private BackupRepository backups;
    @EJB
    private AuditTrail audit;
    @EJB
    private JobScheduler scheduler;

    @Override
    public BackupPage list(BackupCursor before, int max) {
        requireAdmin();
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        var found = backups.newestFirst(before == null ? null : before.startedAt(), before == null ? null : before.id(),
                size + 1);
        // Only the newest unsettled backup can be the one running (runs never overlap); any other,
        // or that one when no backup runs, was cut off by a node stopping.
        boolean running = scheduler.isRunningOrRequested(BackupJob.NAME);
        Long current = running ? backups.unsettled().stream().reduce((a, b) -> b).map(Backup::getId).orElse(null) : null;
        var rows = found.stream().limit(size).map(b -> row(b, b.getId().equals(current))).toList();
        BackupRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new BackupPage(rows, found.size() > size ? new BackupCursor(last.startedAt(), last.id()) : null);
    }

    @Override
    public Requested backUpNow() {
        String admin = requireAdmin();
        if (scheduler.isRunningOrRequested(BackupJob.NAME)) {
            audit.record(admin, EVENT, AuditTrail.FAILURE, null, "backup", null, "a backup is already running");
            return Requested.ALREADY_RUNNING;
        }
        audit.record(admin, EVENT, AuditTrail.SUCCESS, null, "backup", null, "back up now");
        scheduler.fireNow(BackupJob.NAME, admin);
        return Requested.STARTED;
    }

    private String requireAdmin() {
        var viewer = access.viewer();
        if (viewer.role() != Role.ADMIN) {
            throw new AccessDeniedException("not found");
        }
        return viewer.username();
    }

    static BackupRow row(Backup b, boolean running) {
        BackupState state = b.getState();
        String verification = state == BackupState.VERIFIED ? "VERIFIED"
                : state == BackupState.FAILED ? "FAILED" : "NOT_VERIFIED";
        String phase = state.isSettled() ? null : running ? state.name() : BackupRow.INTERRUPTED;
        return new BackupRow(b.getId(), b.getFileName(), b.getStartedAt(), b.getFinishedAt().orElse(null),
                b.getSizeBytes().orElse(null), b.getDumpDuration().map(d -> d.toMillis()).orElse(null),
                b.getVerifyDuration().map(d -> d.toMillis()).orElse(null), verification,
                phase, b.getReason().orElse(null), b.getRequestedBy().orElse(null),
                b.getTableCount().orElse(null), b.getRowCount().orElse(null), b.getRemovedAt().isPresent());
    }
}
