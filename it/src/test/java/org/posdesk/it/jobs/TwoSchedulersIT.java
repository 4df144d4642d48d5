package org.posdesk.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Two Quartz nodes on the IT database with posdesk's clustered settings — one in this JVM, one in
 * a child JVM that can be killed with SIGKILL — share one scheduler name: every firing of a
 * trigger runs exactly once, on one of them; and a job that requests recovery, cut off by the
 * death of its node, runs again on the other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoSchedulersIT {

    private static final String[] TABLES = {"QRTZ_FIRED_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS", "QRTZ_CRON_TRIGGERS",
        "QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS", "QRTZ_SCHEDULER_STATE",
        "QRTZ_LOCKS", "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_CALENDARS"};

    private Process child;
    private final ConcurrentLinkedQueue<String> childSays = new ConcurrentLinkedQueue<>();
    private Scheduler local;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        // Deployed for its migrations: the Quartz tables come from Flyway.
        return Deployments.posdesk();
    }

    @BeforeEach
    void cleanStore() throws Exception {
        try (Connection c = Database.connect(); var s = c.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("delete from " + table + " where SCHED_NAME = '" + QuartzNode.NAME + "'");
            }
        }
        QuartzNode.REPORTS.clear();
        local = QuartzNode.create("node-b", Database.url(), System.getProperty("posdesk.db.user"),
                System.getProperty("posdesk.db.password"));
    }

    @AfterEach
    void stop() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
        local.shutdown(false);
    }

    @Test
    void everyFiringRunsOnceOnOneOfTheTwoNodes() throws Exception {
        startChild("node-a");
        local.start();
        int firings = 40;
        long interval = 200;
        JobDetail job = JobBuilder.newJob(QuartzNode.TickJob.class).withIdentity("tick", "it").build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("tick", "it")
                .startAt(java.util.Date.from(Instant.now().plusSeconds(2)))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval)
                        .withRepeatCount(firings - 1)).build();
        local.scheduleJob(job, trigger);

        await(Duration.ofSeconds(40), () -> ticks().size() >= firings);
        Thread.sleep(1_000); // a duplicate would come now
        List<String[]> ticks = ticks();
        List<Long> times = ticks.stream().map(t -> Long.parseLong(t[1])).sorted().toList();
        assertThat(times).as("each firing once").hasSize(firings).doesNotHaveDuplicates();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).as("no firing left out").isEqualTo(interval);
        }
        System.out.println("two-scheduler IT: ticks by node " + ticks.stream()
                .collect(java.util.stream.Collectors.groupingBy(t -> t[2], java.util.stream.Collectors.counting())));
    }

    @Test
    void aJobCutOffByItsNodesDeathRunsAgainOnTheOther() throws Exception {
        startChild("node-a");
        JobDetail job = JobBuilder.newJob(QuartzNode.SlowJob.class).withIdentity("slow", "it").requestRecovery()
                .build();
        // Scheduled through the local node before it starts, so the child is the one to take it.
        local.scheduleJob(job, TriggerBuilder.newTrigger().withIdentity("slow", "it").startNow().build());
        await(Duration.ofSeconds(30), () -> childSays.contains("SLOW node-a recovering=false"));

        child.destroyForcibly().waitFor(); // SIGKILL, mid-run: no clean-up in the job store
        child = null;
        local.start();

        await(Duration.ofSeconds(60), () -> QuartzNode.REPORTS.contains("SLOW node-b recovering=true"));
        Thread.sleep(2_000);
        assertThat(QuartzNode.REPORTS.stream().filter(r -> r.startsWith("SLOW"))).containsExactly(
                "SLOW node-b recovering=true");
    }

    private List<String[]> ticks() {
        List<String[]> all = new ArrayList<>();
        for (String line : QuartzNode.REPORTS) {
            if (line.startsWith("TICK ")) {
                all.add(line.split(" "));
            }
        }
        for (String line : childSays) {
            if (line.startsWith("TICK ")) {
                all.add(line.split(" "));
            }
        }
        return all;
    }

    private void startChild(String instanceId) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-cp", classPath, QuartzNode.class.getName(), instanceId, Database.url(),
                System.getProperty("posdesk.db.user"), System.getProperty("posdesk.db.password"))
                .redirectErrorStream(true).start();
        Process mine = child;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(mine.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    childSays.add(line);
                }
            } catch (java.io.IOException e) {
                // the child is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        await(Duration.ofSeconds(30), () -> childSays.contains("READY " + instanceId));
    }

    private void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + limit + "; child said " + childSays + ", local "
                        + QuartzNode.REPORTS);
            }
            Thread.sleep(100);
        }
    }
}
