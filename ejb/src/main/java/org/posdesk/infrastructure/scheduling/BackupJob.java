package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.application.backup.internal.BackupRun;

/**
 * Every night at 02:30 (server time) by default, and whenever an administrator asks: one backup,
 * verified, whichever node takes it (POSDESK_JOB_BACKUP).
 */
@ApplicationScoped
public class BackupJob implements ScheduledWork {

    public static final String NAME = "backup";

    @EJB
    private BackupRun backups;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultSchedule() {
        return "cron:0 30 2 * * ?";
    }

    @Override
    public String run() {
        return run(null);
    }

    @Override
    public String run(String requestedBy) {
        return backups.run(requestedBy, JobScheduler.node());
    }

    /** A night without a backup is a gap in the safety net: made up once when a node is back. */
    @Override
    public Misfire misfire() {
        return Misfire.RUN_ONCE_NOW;
    }

    /**
     * A backup cut off by its node dying leaves no usable file: another node starts a new one
     * (the next run fails the cut-off record as interrupted).
     */
    @Override
    public boolean requestsRecovery() {
        return true;
    }
}
