package org.posdesk.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Quartz runs inside the deployed server on the clustered JDBC job store: the scheduler checks in
 * with the cluster, the offline-gap job fires on its own (every 2 s in the ITs) and does its work
 * through the application service — a terminal that falls silent gets an open gap nobody asked
 * for — while a job configured off has no trigger.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchedulerIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void theClusteredSchedulerChecksInAndKeepsTheConfiguredTriggers() throws Exception {
        try (Connection c = Database.connect()) {
            await("a scheduler instance checked in within the last 20 s", Duration.ofSeconds(20),
                    () -> count(c, "select count(*) from QRTZ_SCHEDULER_STATE where SCHED_NAME = 'posdesk'"
                            + " and LAST_CHECKIN_TIME > ?", System.currentTimeMillis() - 20_000) > 0);
            assertThat(count(c, "select count(*) from QRTZ_TRIGGERS where SCHED_NAME = 'posdesk'"
                    + " and TRIGGER_NAME = 'offline-gaps' and TRIGGER_TYPE = 'SIMPLE'")).isEqualTo(1);
            assertThat(count(c, "select REPEAT_INTERVAL from QRTZ_SIMPLE_TRIGGERS where SCHED_NAME = 'posdesk'"
                    + " and TRIGGER_NAME = 'offline-gaps'")).isEqualTo(2000);
            assertThat(count(c, "select count(*) from QRTZ_JOB_DETAILS where SCHED_NAME = 'posdesk'"
                    + " and JOB_NAME = 'anomalies'")).as("a job configured off is not scheduled").isZero();
        }
    }

    @Test
    void theOfflineGapJobFiresByItselfAndOpensAGapForATerminalThatFellSilent() throws Exception {
        try (Connection c = Database.connect()) {
            TestTenant tenant = TestTenant.ensure(c, "QZ", "Scheduler merchant", 1, 1, 0, "it-quartz", "it-quartz-pw-1");
            String tid = tenant.tids.get(0);
            long runsBefore = count(c, "select coalesce(max(runs), 0) from job_run where name = 'offline-gaps'");
            // Heard from a moment ago, with a 1 s heartbeat: silent past its 3 s allowance shortly.
            Instant lastContact = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            update(c, "update terminal set heartbeat_interval_seconds = 1, connected = true, last_contact_at = ?,"
                    + " online_until = ? where tid = ?", Timestamp.from(lastContact),
                    Timestamp.from(lastContact.plusSeconds(3)), tid);

            await("an open gap for " + tid + " since its last contact", Duration.ofSeconds(30),
                    () -> count(c, "select count(*) from offline_gap g join terminal t on t.id = g.terminal_id"
                            + " where t.tid = ? and g.started_at = ? and g.ended_at is null", tid,
                            Timestamp.from(lastContact)) == 1);

            await("more runs recorded", Duration.ofSeconds(10),
                    () -> count(c, "select runs from job_run where name = 'offline-gaps'") >= runsBefore + 2);
            try (PreparedStatement s = c.prepareStatement("select outcome, last_node, finished_at from job_run"
                    + " where name = 'offline-gaps'"); ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString("outcome")).isEqualTo("SUCCEEDED");
                assertThat(r.getString("last_node")).isNotBlank();
                assertThat(r.getTimestamp("finished_at").toInstant()).isAfter(lastContact);
            }
            // Bring it back, so the gap closes and later runs of this test start from a clean state.
            Instant back = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            update(c, "update terminal set last_contact_at = ?, online_until = ? where tid = ?",
                    Timestamp.from(back), Timestamp.from(back.plusSeconds(3600)), tid);
            await("the gap closed once the terminal was heard from again", Duration.ofSeconds(30),
                    () -> count(c, "select count(*) from offline_gap g join terminal t on t.id = g.terminal_id"
                            + " where t.tid = ? and g.started_at = ? and g.ended_at = ?", tid,
                            Timestamp.from(lastContact), Timestamp.from(back)) == 1);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void await(String what, Duration limit, Check check) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            Thread.sleep(250);
        }
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
