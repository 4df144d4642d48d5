package org.posdesk.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.posdesk.infrastructure.config.Settings;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Starts Quartz when the application starts and stops it, waiting for running jobs, when it is
 * undeployed. The job store is clustered on the database (JobStoreTX on a non-JTA datasource, so
 * Quartz commits its own bookkeeping apart from the jobs' transactions): every node runs a
 * scheduler, and each firing happens on exactly one of them. See the package documentation for
 * how jobs are added and configured.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    static final String GROUP = "posdesk";
    static final String INSTANCE = "posdesk";
    static final String DATASOURCE_JNDI = "java:jboss/datasources/PosdeskSchedulerDS";

    @Inject
    @Any
    private Instance<ScheduledWork> works;

    @EJB
    private JobRuns runs;

    @Resource(lookup = DATASOURCE_JNDI)
    private DataSource store;

    private Scheduler scheduler;

    @PostConstruct
    void start() {
        if (!Settings.get("scheduler").map(v -> !v.equalsIgnoreCase("off")).orElse(true)) {
            LOG.info("Scheduler off (POSDESK_SCHEDULER=off): this node runs no jobs");
            return;
        }
        Map<String, ScheduledWork> byName = new LinkedHashMap<>();
        for (ScheduledWork work : works) {
            if (byName.put(work.name(), work) != null) {
                throw new IllegalStateException("two scheduled works are named " + work.name());
            }
        }
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory(quartzProperties());
            scheduler = factory.getScheduler();
            scheduler.setJobFactory(new WorkJobFactory(new WorkRunner(byName, runs, node())));
            for (ScheduledWork work : byName.values()) {
                schedule(work);
            }
            scheduler.start();
            LOG.info(() -> "Scheduler started on " + node() + " with " + byName.keySet());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler", e);
        }
    }

    private void schedule(ScheduledWork work) throws SchedulerException {
        JobKey key = JobKey.jobKey(work.name(), GROUP);
        Schedule schedule = Schedule.parse(Settings.get("job." + work.name()).orElse(work.defaultSchedule()));
        Optional<Trigger> trigger = schedule.trigger(key, work.misfire());
        if (trigger.isEmpty()) {
            // Off here means off everywhere: the trigger lives in the shared job store.
            scheduler.deleteJob(key);
            LOG.info(() -> "Job " + work.name() + " is off");
            return;
        }
        JobDetail job = JobBuilder.newJob(WorkJob.class).withIdentity(key).usingJobData(WorkJob.WORK, work.name())
                .requestRecovery(work.requestsRecovery()).storeDurably().build();
        dropTriggerOfAnotherKind(trigger.get());
        // Replacing on every start lets a changed schedule take effect; the last node started wins.
        scheduler.scheduleJob(job, Set.of(trigger.get()), true);
        LOG.info(() -> "Job " + work.name() + " scheduled " + schedule);
    }

    /**
     * Quartz replaces a trigger in place, rows of its own kind only: a job moved from "every 60s"
     * to a cron expression would keep a CRON trigger row with no cron row behind it, and every
     * later read of it fails. So a trigger of the other kind (or one already broken that way)
     * is removed first.
     */
    private void dropTriggerOfAnotherKind(Trigger wanted) throws SchedulerException {
        Trigger existing;
        try {
            existing = scheduler.getTrigger(wanted.getKey());
        } catch (org.quartz.JobPersistenceException unreadable) {
            LOG.warning(() -> "Trigger " + wanted.getKey() + " unreadable, replaced: " + unreadable);
            scheduler.unscheduleJob(wanted.getKey());
            return;
        }
        if (existing != null && !(existing instanceof org.quartz.CronTrigger == wanted instanceof org.quartz.CronTrigger)) {
            scheduler.unscheduleJob(wanted.getKey());
        }
    }

    /**
     * Whether the job runs somewhere in the cluster right now, or a "now" request for it waits:
     * read from the shared job store (fired triggers, and the one-off triggers {@link #fireNow}
     * leaves until they fire), since Quartz's own API only knows this node's jobs.
     */
    public boolean isRunningOrRequested(String name) {
        try (Connection c = store.getConnection();
             PreparedStatement s = c.prepareStatement("select (select count(*) from QRTZ_FIRED_TRIGGERS"
                     + " where SCHED_NAME = ? and JOB_NAME = ? and JOB_GROUP = ?) + (select count(*) from QRTZ_TRIGGERS"
                     + " where SCHED_NAME = ? and JOB_NAME = ? and JOB_GROUP = ? and TRIGGER_NAME <> JOB_NAME)")) {
            for (int i = 0; i < 2; i++) {
                s.setString(3 * i + 1, INSTANCE);
                s.setString(3 * i + 2, name);
                s.setString(3 * i + 3, GROUP);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job store", e);
        }
    }

    /** Fires the job now, on whichever node takes it (still never twice at once). */
    public void fireNow(String name) {
        fireNow(name, null);
    }

    /** Fires the job now for a person, whose name the work receives ({@link ScheduledWork#run(String)}). */
    public void fireNow(String name, String requestedBy) {
        if (scheduler == null) {
            throw new IllegalStateException("the scheduler is off on this node");
        }
        try {
            JobDataMap data = new JobDataMap();
            if (requestedBy != null) {
                data.put(WorkJob.REQUESTED_BY, requestedBy);
            }
            scheduler.triggerJob(JobKey.jobKey(name, GROUP), data);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot fire job " + name, e);
        }
    }

    /** A scheduled job as the job store holds it: when it fires next, and whether it is paused. */
    public record JobState(String name, java.time.Instant nextFireTime, boolean paused, String schedule) {
    }

    /** Every job in the cluster's store (any node's view is the same: the store is shared). */
    public java.util.List<JobState> states() {
        requireRunning();
        try {
            java.util.List<JobState> states = new java.util.ArrayList<>();
            for (JobKey key : scheduler.getJobKeys(org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(GROUP))) {
                java.util.List<? extends Trigger> triggers = scheduler.getTriggersOfJob(key);
                Trigger trigger = triggers.isEmpty() ? null : triggers.get(0);
                boolean paused = trigger != null
                        && scheduler.getTriggerState(trigger.getKey()) == Trigger.TriggerState.PAUSED;
                java.util.Date next = trigger == null ? null : trigger.getNextFireTime();
                states.add(new JobState(key.getName(), next == null ? null : next.toInstant(), paused,
                        Settings.get("job." + key.getName()).orElse(null)));
            }
            states.sort(java.util.Comparator.comparing(JobState::name));
            return states;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the job store", e);
        }
    }

    /** Stops the job's trigger everywhere in the cluster until {@link #resume}; a run in progress finishes. */
    public void pause(String name) {
        requireRunning();
        try {
            scheduler.pauseJob(JobKey.jobKey(name, GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot pause job " + name, e);
        }
    }

    /** Missed firings while paused follow the job's misfire policy. */
    public void resume(String name) {
        requireRunning();
        try {
            scheduler.resumeJob(JobKey.jobKey(name, GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot resume job " + name, e);
        }
    }

    public boolean exists(String name) {
        requireRunning();
        try {
            return scheduler.checkExists(JobKey.jobKey(name, GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the job store", e);
        }
    }

    private void requireRunning() {
        if (scheduler == null) {
            throw new IllegalStateException("the scheduler is off on this node");
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler == null) {
            return;
        }
        try {
            // Waits for running jobs, so none is cut off while the application goes away.
            scheduler.shutdown(true);
            LOG.info("Scheduler stopped");
        } catch (SchedulerException e) {
            LOG.warning(() -> "Scheduler did not stop cleanly: " + e);
        }
    }

    private static Properties quartzProperties() {
        Properties p = clusterProperties();
        p.setProperty("org.quartz.jobStore.dataSource", "posdesk");
        // The server's pool (configure-datasource.cli), looked up once.
        p.setProperty("org.quartz.dataSource.posdesk.jndiURL", DATASOURCE_JNDI);
        return p;
    }

    /**
     * Every setting of the clustered store but the datasource: public so the two-scheduler IT
     * runs its schedulers with exactly these (the lock and check-in settings are what keep this
     * stack free of the deadlocks and stuck triggers reported on it; stack.md).
     */
    public static Properties clusterProperties() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", INSTANCE);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        // Job classes live in this module; Quartz's own threads must see them.
        p.setProperty("org.quartz.scheduler.threadsInheritContextClassLoaderOfInitializer", "true");
        // How long an idle node waits before looking for due triggers; also bounds how late a
        // trigger fires after a clean shutdown of the node that held it.
        p.setProperty("org.quartz.scheduler.idleWaitTime",
                String.valueOf(Settings.duration("scheduler.idle-wait", java.time.Duration.ofSeconds(3)).toMillis()));
        p.setProperty("org.quartz.threadPool.threadCount", Settings.get("scheduler.threads").orElse("3"));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                String.valueOf(Settings.duration("scheduler.checkin", java.time.Duration.ofSeconds(5)).toMillis()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return p;
    }

    public static String node() {
        return System.getProperty("jboss.node.name", "posdesk");
    }
}
