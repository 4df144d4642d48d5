package org.posdesk.it.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.alert.AlertRaising;
import org.posdesk.application.alert.AlertRaising.Raised;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.infrastructure.crypto.KeyVault;
import org.posdesk.infrastructure.scheduling.JobRuns;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Raising alerts in the server, on MariaDB: one cause is one alert; a recurrence of an open alert is
 * counted and not delivered again; one that comes back after acknowledgement is reopened and
 * delivered again; a webhook gets only the kinds it asked for; the delivery rows are written in
 * the caller's transaction and vanish with its rollback; a job failing three runs in a row raises
 * one JOB_FAILING alert that later failures only count.
 */
@ExtendWith(ArquillianExtension.class)
class AlertRaisingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(AlertRaisingIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @Resource
    private UserTransaction tx;
    @EJB
    private AlertRaising raising;
    @EJB
    private JobRuns runs;
    @Inject
    private KeyVault vault;

    @Test
    void aCauseIsOneAlertDeliveredWhenNewOrReopenedAndOnlyCountedWhileOpen() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant tenant = TestTenant.ensure(c, "AR", "Alert raising merchant", 1, 1, 0, "it-raising", "it-raising-pw-1");
            update(c, "update webhook set enabled = false where merchant_id = ?", tenant.merchantId);
            long webhook = number(c, "select nextval(webhook_seq)");
            // A closed port: whatever the job sends fails and is given up once the webhook is off.
            update(c, "insert into webhook (id, merchant_id, url, enabled, kinds, secret_enc, created_at, created_by)"
                    + " values (?, ?, 'http://127.0.0.1:9/closed', true, 'CONFLICTING_DUPLICATE', ?, ?, 'it')", webhook,
                    tenant.merchantId, vault.encrypt("s".getBytes(StandardCharsets.UTF_8)), Timestamp.from(Instant.now()));
            String cause = "raising-it/" + Long.toString(System.nanoTime(), 36);
            try {
                assertThat(raise(AlertKind.CONFLICTING_DUPLICATE, cause, tenant.merchantId)).isEqualTo(Raised.NEW);
                long alert = number(c, "select id from alert where kind = 'CONFLICTING_DUPLICATE' and cause_key = ?", cause);
                assertThat(payloads(c, alert)).hasSize(1).allMatch(p -> p.contains("\"event\":\"alert.raised\""));

                assertThat(raise(AlertKind.CONFLICTING_DUPLICATE, cause, tenant.merchantId)).isEqualTo(Raised.COUNTED);
                assertThat(number(c, "select occurrences from alert where id = ?", alert)).isEqualTo(2);
                assertThat(payloads(c, alert)).as("a recurrence of an open alert is not sent").hasSize(1);

                update(c, "update alert set state = 'ACKNOWLEDGED', acknowledged_by = 'it', acknowledged_at = ?"
                        + " where id = ?", Timestamp.from(Instant.now()), alert);
                assertThat(raise(AlertKind.CONFLICTING_DUPLICATE, cause, tenant.merchantId)).isEqualTo(Raised.REOPENED);
                assertThat(payloads(c, alert)).hasSize(2);
                assertThat(payloads(c, alert).get(1)).contains("\"event\":\"alert.reopened\"", "\"occurrences\":3",
                        "\"state\":\"OPEN\"", "\"mid\":\"ITAR00000000000\"");
                assertThat(number(c, "select count(*) from alert where id = ? and state = 'OPEN'"
                        + " and acknowledged_by is null", alert)).isEqualTo(1);

                assertThat(raise(AlertKind.TERMINAL_OFFLINE, cause, tenant.merchantId)).isEqualTo(Raised.NEW);
                long other = number(c, "select id from alert where kind = 'TERMINAL_OFFLINE' and cause_key = ?", cause);
                assertThat(payloads(c, other)).as("a kind the webhook did not ask for").isEmpty();

                tx.begin();
                raising.raise(AlertKind.CONFLICTING_DUPLICATE, cause + "/rolled-back", "m", tenant.merchantId, null,
                        Instant.now());
                tx.rollback();
                assertThat(number(c, "select count(*) from alert where cause_key = ?", cause + "/rolled-back")).isZero();
                assertThat(number(c, "select count(*) from alert_delivery where webhook_id = ?", webhook))
                        .as("the outbox follows the caller's transaction").isEqualTo(2);
            } finally {
                update(c, "update webhook set enabled = false where id = ?", webhook);
            }
        }
    }

    @Test
    void aJobFailingThreeRunsInARowRaisesOneAlert() throws Exception {
        // Base 36: no digit run in the log that would pass for a card number.
        String job = "it-flaky-" + Long.toString(System.nanoTime(), 36);
        try (Connection c = dataSource.getConnection()) {
            try {
                Instant t = Instant.now();
                runs.record(job, "it", t, t, false, "boom 1");
                runs.record(job, "it", t, t, true, "fine");
                runs.record(job, "it", t, t, false, "boom 2");
                runs.record(job, "it", t, t, false, "boom 3");
                assertThat(number(c, "select count(*) from alert where kind = 'JOB_FAILING' and cause_key = ?", job))
                        .as("two in a row are not yet three").isZero();
                runs.record(job, "it", t, t, false, "boom 4");
                assertThat(number(c, "select occurrences from alert where kind = 'JOB_FAILING' and cause_key = ?", job))
                        .isEqualTo(1);
                assertThat(text(c, "select message from alert where kind = 'JOB_FAILING' and cause_key = ?", job))
                        .contains("3 runs in a row", "boom 4").contains(job);
                runs.record(job, "it", t, t, false, "boom 5");
                assertThat(number(c, "select occurrences from alert where kind = 'JOB_FAILING' and cause_key = ?", job))
                        .isEqualTo(2);
                assertThat(number(c, "select merchant_id is null from alert where kind = 'JOB_FAILING'"
                        + " and cause_key = ?", job)).isEqualTo(1);
            } finally {
                update(c, "delete from job_run where name = ?", job);
            }
        }
    }

    private Raised raise(AlertKind kind, String cause, long merchantId) throws Exception {
        tx.begin();
        try {
            return raising.raise(kind, cause, "raised by AlertRaisingIT", merchantId, null, Instant.now());
        } finally {
            tx.commit();
        }
    }

    private static List<String> payloads(Connection c, long alert) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select payload from alert_delivery where alert_id = ? order by id")) {
            s.setLong(1, alert);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static long number(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String text(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
