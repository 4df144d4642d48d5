package org.posdesk.it.terminals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TerminalFleet;
import org.posdesk.it.TestTenant;

/**
 * Simulated terminals against the deployed adapter on MariaDB: what every terminal considers
 * delivered is in the journal exactly once, through repeats, offline sales, unbalanced
 * settlements and interrupted uploads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalDayIT {


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void aNormalDayArrivesWholeAndSettlesBalanced() throws Exception {
        TestTenant tenant = tenant("TD", "Terminal day merchant");
        String batch = freshBatch();
        TerminalFleet sim = new TerminalFleet("normal-day");

        TerminalFleet.Result day = sim.run("--scenario", "normal-day", "--mid", mid("TD"),
                "--tid-prefix", "TD0001", "--terminals", String.valueOf(tenant.tids.size()),
                "--sales", "12", "--seed", "42", "--heartbeat", "2", "--pause-ms", "5",
                "--first-batch", batch);
        TerminalFleet.Result verify = sim.verify();

        assertThat(day.exitCode()).as(day.output()).isZero();
        assertThat(verify.output()).contains("lost=0 doubled=0 mismatched=0");
        assertThat(checked(verify)).isGreaterThanOrEqualTo(5 * 10);
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(batchesIn(tenant, "BALANCED")).isGreaterThanOrEqualTo(tenant.tids.size());
        assertThat(conflictAlerts(tenant, batch)).isZero();
    }

    @Test
    void outagesAndInterruptedUploadsLoseNothingAndDoubleNothing() throws Exception {
        TestTenant tenant = tenant("TO", "Outage merchant");
        String batch = freshBatch();
        TerminalFleet sim = new TerminalFleet("outages");

        TerminalFleet.Result day = sim.run("--scenario", "outages", "--mid", mid("TO"),
                "--tid-prefix", "TO0001", "--terminals", String.valueOf(tenant.tids.size()),
                "--sales", "12", "--seed", "7", "--heartbeat", "2", "--pause-ms", "5",
                "--first-batch", batch);
        TerminalFleet.Result verify = sim.verify();

        assertThat(day.exitCode()).as(day.output()).isZero();
        assertThat(verify.output()).contains("lost=0 doubled=0 mismatched=0");
        assertThat(checked(verify)).isGreaterThanOrEqualTo(5 * 10);
        assertThat(conflictAlerts(tenant, batch)).isZero();
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(batchesIn(tenant, "UPLOADED")).isGreaterThanOrEqualTo(1);
        assertThat(offlineTransactions(tenant)).isPositive();
    }

    private static TestTenant tenant(String code, String name) throws SQLException {
        try (Connection c = Database.connect()) {
            return TestTenant.ensure(c, code, name, 1, 5, 0, "it-" + code.toLowerCase() + "-user", "it-password-" + code);
        }
    }

    /**
     * A batch number no earlier run used for these terminals: the test database outlives a run,
     * while the simulator's state is new each time, so its counters start again.
     */
    private static String freshBatch() {
        return String.valueOf(1 + System.currentTimeMillis() / 1000 % 900_000);
    }

    private static int checked(TerminalFleet.Result verify) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("checked=(\\d+)").matcher(verify.output());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Conflicting duplicates raised for this run's batches (alerts are keyed TID/batch/STAN). */
    private static long conflictAlerts(TestTenant tenant, String firstBatch) throws SQLException {
        return count("select count(*) from alert a join terminal t on t.id = a.terminal_id"
                + " where t.merchant_id = ? and a.kind = ? and a.cause_key like ?",
                tenant.merchantId, "CONFLICTING_DUPLICATE", "%/" + "%06d".formatted(Integer.parseInt(firstBatch)) + "/%");
    }

    private static String mid(String code) {
        return "IT" + code + "00000000000";
    }

    private static long batchesIn(TestTenant tenant, String state) throws SQLException {
        return count("select count(*) from batch where merchant_id = ? and state = ?", tenant.merchantId, state);
    }

    private static long offlineTransactions(TestTenant tenant) throws SQLException {
        return count("select count(*) from card_transaction where merchant_id = ? and origin = ?", tenant.merchantId,
                "OFFLINE");
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

}
