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
}
