package org.posdesk.it.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posdesk.it.Database;

/**
 * The alerts page's keyset queries (the SELECT of AlertDeskBean) and the delivery job's claim
 * (JpaAlertDeliveryRepository, without its lock clause) executed by MariaDB over 60,000 alerts of
 * 20 merchants and 60,000 deliveries, in a database of its own: each reads about a page of rows
 * (one row for the claim) through its index, without a sort.
 */
class AlertPlansIT {

    private static final Database.Beside SCRATCH = new Database.Beside("_verify_alert_plans");

    private static final Logger LOG = Logger.getLogger(AlertPlansIT.class.getName());
    private static final String SELECT = "select a.id, a.kind, a.state, a.message, m.name, t.tid, a.occurrences,"
            + " a.first_raised_at, a.last_raised_at, a.acknowledged_by, a.acknowledged_at from alert a%s"
            + " left join merchant m on m.id = a.merchant_id left join terminal t on t.id = a.terminal_id";
    private static final String BY_STATE = " force index (ix_alert_state_time_id)";
    private static final String ORDER = " order by a.last_raised_at desc, a.id desc limit 31";
    private static final String DEEP = "a.last_raised_at <= '2026-06-01 00:00:00' and (a.last_raised_at <"
            + " '2026-06-01 00:00:00' or (a.last_raised_at = '2026-06-01 00:00:00' and a.id < 30000))";

    @BeforeAll
    static void records() throws SQLException {
        SCRATCH.recreateMigrated();
        try (Connection c = SCRATCH.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into merchant (id, mid, name, created_at) select seq, concat('PLAN', lpad(seq, 11,"
                    + " '0')), concat('merchant ', seq), now() from seq_1_to_20");
            // An alert every 5 minutes from 2026-01-01, merchants in turn, one in fifty of no merchant;
            // one in seven still open.
            s.executeUpdate("insert into alert (id, merchant_id, kind, cause_key, message, first_raised_at,"
                    + " last_raised_at, occurrences, state) select seq, if(seq mod 50 = 0, null, 1 + seq mod 20),"
                    + " if(seq mod 50 = 0, 'JOB_FAILING', 'TERMINAL_OFFLINE'), concat('c', seq), 'plan',"
                    + " timestamp'2026-01-01 00:00:00' + interval (seq * 5) minute,"
                    + " timestamp'2026-01-01 00:00:00' + interval (seq * 5) minute, 1,"
                    + " if(seq mod 7 = 0, 'OPEN', 'ACKNOWLEDGED') from seq_1_to_60000");
            s.executeUpdate("insert into webhook (id, merchant_id, url, enabled, secret_enc, created_at, created_by)"
                    + " values (1, 1, 'http://127.0.0.1:1/h', true, x'00', now(), 'plan')");
            // Delivered but for the last hundred, which are due.
            s.executeUpdate("insert into alert_delivery (id, event_id, alert_id, webhook_id, payload, state, attempts,"
                    + " created_at, next_attempt_at) select seq, concat('e-', seq), seq, 1, '{}',"
                    + " if(seq > 59900, 'PENDING', 'DELIVERED'), 1, timestamp'2026-01-01 00:00:00' + interval (seq * 5)"
                    + " minute, timestamp'2026-01-01 00:00:00' + interval (seq * 5) minute from seq_1_to_60000");
            s.execute("analyze table alert, alert_delivery persistent for all");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        SCRATCH.drop();
    }

    @Test
    void everyPageOfTheAlertsReadsAboutAPageThroughAnIndex() throws SQLException {
        assertPlan(SELECT.formatted("") + ORDER, "ix_alert_time", 32);
        assertPlan(SELECT.formatted("") + " where " + DEEP + ORDER, "ix_alert_time", 32);
        assertPlan(SELECT.formatted("") + " where a.merchant_id = 7" + ORDER, "ix_alert_merchant_time", 32);
        assertPlan(SELECT.formatted("") + " where a.merchant_id = 7 and " + DEEP + ORDER, "ix_alert_merchant_time", 32);
        assertPlan(SELECT.formatted("") + " where a.merchant_id = 7 and a.state = 'OPEN'" + ORDER,
                "ix_alert_merchant_state_time", 32);
        assertPlan(SELECT.formatted("") + " where a.merchant_id = 7 and a.state = 'OPEN' and " + DEEP + ORDER,
                "ix_alert_merchant_state_time", 32);
        assertPlan(SELECT.formatted(BY_STATE) + " where a.state = 'OPEN'" + ORDER, "ix_alert_state_time_id", 32);
        assertPlan(SELECT.formatted(BY_STATE) + " where a.state = 'OPEN' and " + DEEP + ORDER, "ix_alert_state_time_id",
                32);
        assertPlan(SELECT.formatted("") + " where a.kind = 'JOB_FAILING'" + ORDER, "ix_alert_kind_time", 32);
    }

    @Test
    void theDeliveryClaimReadsOneDueRow() throws SQLException {
        assertPlan("select * from alert_delivery where state = 'PENDING' and next_attempt_at <= '2026-12-01 00:00:00'"
                + " order by next_attempt_at limit 1", "ix_alert_delivery_due", 1);
    }

    private static void assertPlan(String sql, String index, int maxRows) throws SQLException {
        try (Connection c = SCRATCH.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("analyze " + sql)) {
            assertThat(r.next()).isTrue();
            String plan = sql + "\n  " + r.getString("type") + " | " + r.getString("key") + " | "
                    + r.getString("Extra") + " | read " + r.getDouble("r_rows");
            LOG.info(plan);
            assertThat(r.getString("key")).as(plan).isEqualTo(index);
            assertThat(String.valueOf(r.getString("Extra"))).as(plan).doesNotContain("filesort");
            assertThat(r.getDouble("r_rows")).as(plan).isLessThanOrEqualTo(maxRows);
        }
    }
}
