package org.posdesk.infrastructure.scheduling;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Gives Quartz a {@link WorkJob} wired to this deployment's work, instead of a reflective new instance. */
final class WorkJobFactory implements JobFactory {

    private final WorkRunner runner;

    WorkJobFactory(WorkRunner runner) {
        this.runner = runner;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (!WorkJob.class.equals(type)) {
            throw new SchedulerException("posdesk schedules only " + WorkJob.class.getName() + ", not " + type);
        }
        return new WorkJob(runner);
    }
}
