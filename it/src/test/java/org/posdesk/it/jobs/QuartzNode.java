package org.posdesk.it.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.posdesk.infrastructure.scheduling.JobScheduler;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;

/**
 * One node of the two-scheduler IT: a Quartz scheduler with posdesk's cluster settings
 * ({@link JobScheduler#clusterProperties()}) on the IT database, under a scheduler name of its
 * own so the server's scheduler never takes these jobs. Run as a main class it is the node in a
 * child JVM that the test kills; its jobs report on stdout, the test JVM's into {@link #REPORTS}.
 */
public final class QuartzNode {

    static final String NAME = "posdesk-two";
    static final ConcurrentLinkedQueue<String> REPORTS = new ConcurrentLinkedQueue<>();
    static volatile Consumer<String> sink = REPORTS::add;

    private QuartzNode() {
    }

    static Scheduler create(String instanceId, String url, String user, String password) throws SchedulerException {
        Properties p = JobScheduler.clusterProperties();
        p.setProperty("org.quartz.scheduler.instanceName", NAME);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.threadPool.threadCount", "3");
        p.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        p.setProperty("org.quartz.jobStore.dataSource", "it");
        p.setProperty("org.quartz.dataSource.it.connectionProvider.class", Connections.class.getName());
        p.setProperty("org.quartz.dataSource.it.url", url);
        p.setProperty("org.quartz.dataSource.it.user", user);
        p.setProperty("org.quartz.dataSource.it.password", password);
        return new StdSchedulerFactory(p).getScheduler();
    }

    /** args: instance id, JDBC url, user, password. Starts, says READY, and runs until killed. */
    public static void main(String[] args) throws Exception {
        sink = line -> {
            System.out.println(line);
            System.out.flush();
        };
        Scheduler scheduler = create(args[0], args[1], args[2], args[3]);
        scheduler.start();
        sink.accept("READY " + args[0]);
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Records each firing with its scheduled time and the node that ran it. */
    public static class TickJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                sink.accept("TICK " + context.getScheduledFireTime().getTime() + " "
                        + context.getScheduler().getSchedulerInstanceId());
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs for a minute unless it is a recovery run: long enough for the test to kill its node mid-run. */
    public static class SlowJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                sink.accept("SLOW " + context.getScheduler().getSchedulerInstanceId() + " recovering="
                        + context.isRecovering());
                if (!context.isRecovering()) {
                    Thread.sleep(60_000);
                }
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Plain JDBC connections: no pool library needed in the test JVM. */
    public static class Connections implements ConnectionProvider {
        private String url;
        private String user;
        private String password;

        public void setUrl(String url) {
            this.url = url;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }
}
