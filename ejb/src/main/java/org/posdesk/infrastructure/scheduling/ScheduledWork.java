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
     * What to do about firings missed while every node was down (or the pool was busy past the
     * misfire threshold). The default suits incremental jobs: skip them, the next run catches up.
     */
    default Misfire misfire() {
        return Misfire.SKIP;
    }

    /**
     * Whether a run cut off by the death of its node must run again on another node at once
     * (Quartz's {@code requestsRecovery}). Only for work that is not simply picked up by the
     * next regular run.
     */
    default boolean requestsRecovery() {
        return false;
    }

    /** Misfire handling, per job. */
    enum Misfire {
        /** Drop missed firings; wait for the next one. */
        SKIP,
        /** Run once now for all the firings missed, then keep to the schedule. */
        RUN_ONCE_NOW
    }
}
