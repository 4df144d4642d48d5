/**
 * Quartz, clustered on the database, inside WildFly.
 * <p>
 * To add a job: write an {@code @ApplicationScoped} bean implementing {@link ScheduledWork} whose
 * {@code run()} calls one application service (an EJB, so the work is transactional and testable
 * without the scheduler), give it a name and a default schedule. {@link JobScheduler} finds every
 * such bean at startup and schedules it; an operator overrides the schedule per job with the
 * system property {@code posdesk.job.<name>} or the environment variable
 * {@code POSDESK_JOB_<NAME>} ({@code 30s}, {@code 5m}, {@code 1h}, {@code cron:0 15 2 * * ?} or
 * {@code off}; see {@link Schedule}). A job never runs twice at once in the cluster, a missed run
 * is not made up (the next one catches up: jobs are incremental), and each run is recorded in
 * {@code job_run} with the node that ran it.
 */
package org.posdesk.infrastructure.scheduling;
