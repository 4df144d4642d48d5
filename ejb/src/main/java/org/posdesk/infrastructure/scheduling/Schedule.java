package org.posdesk.infrastructure.scheduling;

import java.time.Duration;
import java.util.Optional;
import org.posdesk.infrastructure.config.Settings;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * When a job runs: every {@code 30s}, {@code 5m} or {@code 2h}; by a Quartz cron expression
 * ({@code cron:0 15 2 * * ?}); or never ({@code off}).
 */
public record Schedule(Duration every, String cron) {

    public static final Schedule OFF = new Schedule(null, null);

    public static Schedule parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.equalsIgnoreCase("off")) {
            return OFF;
        }
        if (value.startsWith("cron:")) {
            String expression = value.substring(5).trim();
            if (!CronExpression.isValidExpression(expression)) {
                throw new IllegalArgumentException("not a Quartz cron expression: " + expression);
            }
            return new Schedule(null, expression);
        }
        return new Schedule(Settings.parseDuration(value), null);
    }

    public boolean isOff() {
        return every == null && cron == null;
    }

    /**
     * The trigger for the job. A run missed while every node was down is not made up: the next
     * one reads on from where the last stopped.
     */
    public Optional<Trigger> trigger(JobKey job) {
        return trigger(job, false);
    }

    /**
     * The trigger for the job; with {@code catchUp}, a run missed while every node was down (beyond
     * the misfire threshold) fires once as soon as a node is back, then the schedule goes on.
     */
    public Optional<Trigger> trigger(JobKey job, boolean catchUp) {
        if (isOff()) {
            return Optional.empty();
        }
        TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger()
                .withIdentity(job.getName(), job.getGroup()).forJob(job);
        if (cron != null) {
            CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron);
            return Optional.of(builder.withSchedule(catchUp ? schedule.withMisfireHandlingInstructionFireAndProceed()
                    : schedule.withMisfireHandlingInstructionDoNothing()).build());
        }
        SimpleScheduleBuilder schedule = SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(every.toMillis()).repeatForever();
        return Optional.of(builder.startNow().withSchedule(catchUp
                ? schedule.withMisfireHandlingInstructionNowWithRemainingCount()
                : schedule.withMisfireHandlingInstructionNextWithRemainingCount()).build());
    }

    @Override
    public String toString() {
        return isOff() ? "off" : cron != null ? "cron:" + cron : "every " + every;
    }
}
