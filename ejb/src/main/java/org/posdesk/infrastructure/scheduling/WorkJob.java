package org.posdesk.infrastructure.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The one Quartz job class: it runs the {@link ScheduledWork} named in its job data, through
 * {@link WorkRunner}, which records the run. Never two at once for the same job in the cluster.
 */
@DisallowConcurrentExecution
public class WorkJob implements Job {

    static final String WORK = "work";
    static final String REQUESTED_BY = "requestedBy";

    private final WorkRunner runner;

    WorkJob(WorkRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getMergedJobDataMap().getString(WORK);
        try {
            runner.run(name, context.getMergedJobDataMap().getString(REQUESTED_BY));
        } catch (RuntimeException e) {
            // Recorded and logged by the runner; Quartz only needs to know the run failed.
            throw new JobExecutionException(e, false);
        }
    }
}
