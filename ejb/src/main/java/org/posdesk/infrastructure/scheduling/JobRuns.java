package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.posdesk.domain.job.JobRepository;

/** Writes a job's run record in a transaction of its own, so a failed run is recorded too. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    @Inject
    private JobRepository jobs;

    public void record(String name, String node, Instant started, Instant finished, boolean succeeded,
                       String summary) {
        jobs.lockRun(name).record(node, started, finished, succeeded, summary);
    }
}
