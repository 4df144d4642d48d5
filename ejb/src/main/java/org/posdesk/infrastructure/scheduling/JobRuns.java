package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.posdesk.application.alert.AlertRaising;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.job.JobRepository;
import org.posdesk.domain.job.JobRun;
import org.posdesk.infrastructure.config.Settings;

/**
 * Writes a job's run record in a transaction of its own, so a failed run is recorded too, and
 * raises an alert when a job has failed {@code POSDESK_ALERT_JOB_FAILURES} (3) runs in a row: one
 * alert per job, counted while it keeps failing, reopened if it fails again after acknowledgement.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    @Inject
    private JobRepository jobs;
    @EJB
    private AlertRaising alerts;

    public void record(String name, String node, Instant started, Instant finished, boolean succeeded,
                       String summary) {
        JobRun run = jobs.lockRun(name);
        run.record(node, started, finished, succeeded, summary);
        int limit = Settings.get("alert.job-failures").map(Integer::parseInt).orElse(3);
        if (!succeeded && run.getConsecutiveFailures() >= limit) {
            alerts.raise(AlertKind.JOB_FAILING, name, "job " + name + " failed " + run.getConsecutiveFailures()
                    + " runs in a row, the last on " + node + ": " + summary, null, null, finished);
        }
    }
}
