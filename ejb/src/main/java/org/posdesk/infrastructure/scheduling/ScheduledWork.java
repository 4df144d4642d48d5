package org.posdesk.infrastructure.scheduling;

/**
 * A job Quartz runs on a schedule, somewhere in the cluster. Implementations are thin
 * {@code @ApplicationScoped} beans that call one application service.
 */
public interface ScheduledWork {

    /** Unique, short, lower case with dashes: the Quartz job name and the configuration key. */
    String name();

    /** Used unless configuration says otherwise; see {@link Schedule#parse}. */
    String defaultSchedule();

    /** Does one run's work; returns a line for the run record. An exception marks the run failed. */
    String run();

    /**
     * The same, fired by a person ({@link JobScheduler#fireNow(String, String)}) rather than by the
     * schedule; {@code requestedBy} is null for a scheduled run. Most works do not care who asked.
     */
    default String run(String requestedBy) {
        return run();
    }

    /**
     * Whether a run missed while every node was down is made up once when a node comes back.
     * Incremental jobs need not (the next run catches up); a nightly backup that was skipped should.
     */
    default boolean catchUpMissedRun() {
        return false;
    }

    /**
     * Whether a run cut off by its node dying is started again on another node (Quartz's
     * requestsRecovery). Incremental jobs need not; a backup that never finished should be made.
     */
    default boolean recoverAfterCrash() {
        return false;
    }
}
