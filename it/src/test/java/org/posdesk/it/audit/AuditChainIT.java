package org.posdesk.it.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.domain.user.Base32;
import org.posdesk.domain.user.Totp;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The audit chain under attack and under load, on the real server and MariaDB: concurrent
 * audited requests all succeed and leave an unbroken chain; the application's own database
 * account can neither change nor delete an entry; an entry changed or removed behind the
 * triggers' back (by dropping them, as the schema's owner could) is reported by the verify
 * command, exactly that one. Every tampering is undone before the test ends, so the chain of
 * this long-lived database stays verifiable for the next run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {

    static final String ADMIN = "it-audit-admin";
    static final String ADMIN_PASSWORD = "it-audit-admin-secret-1";
    static final String ADMIN_SECRET = "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK";
    // Merchant users: staff need a second factor, which HTTP Basic cannot carry.
    private static final String AGENT = "it-audit-merchant-";
    private static final String AGENT_PASSWORD = "it-audit-merchant-secret-1";
    private static final int THREADS = 6;
    private static final int ACTIONS_PER_THREAD = 5;

    private static final String NO_UPDATE = "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry"
            + " FOR EACH ROW SIGNAL SQLSTATE '45000'"
            + " SET MESSAGE_TEXT = 'audit_entry is append-only: an entry cannot be changed'";
    private static final String NO_DELETE = "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry"
            + " FOR EACH ROW SIGNAL SQLSTATE '45000'"
            + " SET MESSAGE_TEXT = 'audit_entry is append-only: an entry cannot be deleted'";

    private final AuditApi api = new AuditApi();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeEach
    void users() throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant.ensureStaff(c, ADMIN, ADMIN_PASSWORD, "ADMIN");
            // The operator's way in: password and a second factor, here one recovery code per call.
            TestTenant.enrolSecondFactor(c, ADMIN, ADMIN_SECRET, AuditApi.ADMIN_RECOVERY_CODES);
            TestTenant.forgetFailedSignIns(c, ADMIN);
            for (int i = 0; i < THREADS; i++) {
                TestTenant.ensure(c, "U" + i, "Audit merchant " + i, 1, 1, 0, AGENT + i, AGENT_PASSWORD);
            }
        }
    }

    @Test
    void concurrentAuditedActionsAllSucceedAndLeaveAnUnbrokenChain() throws Exception {
        long before = headPosition();
        long deadlocksBefore = deadlocks();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                String user = AGENT + t;
                for (int n = 0; n < ACTIONS_PER_THREAD; n++) {
                    results.add(pool.submit((Callable<Integer>) () -> api.export(user, AGENT_PASSWORD).statusCode()));
                }
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).as("every audited request succeeds").isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        // Each request wrote its export entry (and a sign-in entry); others may have written more meanwhile.
        assertThat(countSince(before, "EXPORT_TRANSACTIONS", AGENT + "%")).isEqualTo(THREADS * ACTIONS_PER_THREAD);
        assertLinkedSince(before);
        assertThat(deadlocks()).as("InnoDB deadlocks while appending").isEqualTo(deadlocksBefore);
        // The origin of a REST action is the client's address, not null.
        assertThat(originsSince(before, "EXPORT_TRANSACTIONS", AGENT + "%")).containsOnly("127.0.0.1");

        HttpResponse<String> verified = api.verify(ADMIN, ADMIN_PASSWORD);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.body()).contains("\"intact\":true");
    }

    @Test
    void theOperatorsVerifyNeedsTheAdministratorsSecondFactorAndEachCodeOnce() throws Exception {
        long before = number("select coalesce(max(chain_position), 0) from audit_entry");
        assertThat(api.get("/api/audit/verify", ADMIN, ADMIN_PASSWORD).statusCode())
                .as("the password alone").isEqualTo(401);
        assertThat(api.get("/api/audit/verify", ADMIN, "wrong-password-1", AuditApi.ADMIN_RECOVERY_CODES.get(7))
                .statusCode()).as("a code with the wrong password").isEqualTo(401);
        assertThat(api.get("/api/audit/verify", ADMIN, ADMIN_PASSWORD, "not-a-code").statusCode())
                .as("a wrong code").isEqualTo(401);

        String code = Totp.code(Base32.decode(ADMIN_SECRET), Totp.stepAt(Instant.now()), Totp.DIGITS);
        HttpResponse<String> verified = api.get("/api/audit/verify", ADMIN, ADMIN_PASSWORD, code);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(api.get("/api/audit/verify", ADMIN, ADMIN_PASSWORD, code).statusCode())
                .as("the same code replayed").isEqualTo(401);
        assertThat(number("select count(*) from audit_entry where username = '" + ADMIN + "'"
                + " and event = 'SECOND_FACTOR' and outcome = 'FAILURE' and chain_position > " + before))
                .as("the wrong and the replayed code are on record").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theApplicationsDatabaseAccountCanNeitherChangeNorDeleteAnEntry() throws Exception {
        assertThat(api.export(AGENT + 0, AGENT_PASSWORD).statusCode()).isEqualTo(200);
        long position = lastExportOf(AGENT + 0);
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(
                    "update audit_entry set detail = 'rewritten' where chain_position = " + position))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry where chain_position = " + position))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(countAt(position)).isEqualTo(1);
        assertThat(detailAt(position)).isNotEqualTo("rewritten");
    }

    @Test
    void aChangedEntryIsReportedExactly() throws Exception {
        assertThat(api.verify(ADMIN, ADMIN_PASSWORD).statusCode()).as("intact before the attack").isEqualTo(200);
        assertThat(api.export(AGENT + 1, AGENT_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api.export(AGENT + 1, AGENT_PASSWORD).statusCode()).isEqualTo(200);
        long position = earlierExportOf(AGENT + 1); // not the last entry: the chain goes on after it
        assertThat(eventAt(position)).isEqualTo("EXPORT_TRANSACTIONS");
        String original = detailAt(position);
        try {
            withoutTrigger("audit_entry_no_update", NO_UPDATE, s -> setDetail(s, position, original + " (edited)"));

            HttpResponse<String> report = api.verify(ADMIN, ADMIN_PASSWORD);
            assertThat(report.statusCode()).as(report.body()).isEqualTo(409);
            assertThat(AuditApi.position(report.body())).isEqualTo(position);
            assertThat(AuditApi.problem(report.body())).isEqualTo("ALTERED");
        } finally {
            withoutTrigger("audit_entry_no_update", NO_UPDATE, s -> setDetail(s, position, original));
        }
        assertThat(api.verify(ADMIN, ADMIN_PASSWORD).statusCode()).as("intact once undone").isEqualTo(200);
    }

    @Test
    void aRemovedEntryIsReportedAsMissing() throws Exception {
        assertThat(api.verify(ADMIN, ADMIN_PASSWORD).statusCode()).as("intact before the attack").isEqualTo(200);
        assertThat(api.export(AGENT + 2, AGENT_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api.export(AGENT + 2, AGENT_PASSWORD).statusCode()).isEqualTo(200);
        long position = earlierExportOf(AGENT + 2);
        assertThat(eventAt(position)).isEqualTo("EXPORT_TRANSACTIONS");
        try (Connection c = Database.connect()) {
            Object[] saved = row(c, position);
            try {
                withoutTrigger("audit_entry_no_delete", NO_DELETE,
                        s -> s.executeUpdate("delete from audit_entry where chain_position = " + position));

                HttpResponse<String> report = api.verify(ADMIN, ADMIN_PASSWORD);
                assertThat(report.statusCode()).as(report.body()).isEqualTo(409);
                assertThat(AuditApi.position(report.body())).isEqualTo(position);
                assertThat(AuditApi.problem(report.body())).isEqualTo("MISSING");
            } finally {
                if (countAt(position) == 0) {
                    restore(c, saved);
                }
            }
        }
        assertThat(api.verify(ADMIN, ADMIN_PASSWORD).statusCode()).as("intact once restored").isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorMayVerify() throws Exception {
        assertThat(api.verify(AGENT + 3, AGENT_PASSWORD).statusCode()).isIn(403, 404);
    }

    // ------------------------------------------------------------------ helpers

    private interface SqlAction {
        void run(Statement s) throws SQLException;
    }

    /** Drops a guard trigger, acts, and puts the trigger back whatever happens. */
    private static void withoutTrigger(String name, String create, SqlAction action) throws SQLException {
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER IF EXISTS " + name);
            try {
                action.run(s);
            } finally {
                s.execute(create);
            }
        }
    }

    private static void setDetail(Statement s, long position, String detail) throws SQLException {
        try (PreparedStatement p = s.getConnection().prepareStatement(
                "update audit_entry set detail = ? where chain_position = ?")) {
            p.setString(1, detail);
            p.setLong(2, position);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
    }

    private static final String COLUMNS = "id, chain_position, occurred_at, username, event, outcome, origin,"
            + " target_type, target_id, detail, prev_hash, hash";

    private static Object[] row(Connection c, long position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from audit_entry where chain_position = ?")) {
            s.setLong(1, position);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                Object[] values = new Object[12];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.getObject(i + 1);
                }
                return values;
            }
        }
    }

    private static void restore(Connection c, Object[] values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into audit_entry (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static void assertLinkedSince(long before) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select chain_position, prev_hash, hash from audit_entry"
                     + " where chain_position >= ? order by chain_position")) {
            s.setLong(1, Math.max(before, 1));
            long expected = Math.max(before, 1);
            String previousHash = null;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    assertThat(r.getLong(1)).as("no gap and no fork").isEqualTo(expected);
                    if (previousHash != null) {
                        assertThat(r.getString(2)).as("entry %d links to its predecessor", expected).isEqualTo(previousHash);
                    }
                    previousHash = r.getString(3);
                    expected++;
                }
            }
            assertThat(expected - 1).as("the chain head names the last entry").isGreaterThanOrEqualTo(headPosition());
        }
    }

    static long headPosition() throws SQLException {
        return single("select chain_position from audit_chain_head where id = 1");
    }

    private static long deadlocks() throws SQLException {
        try (Connection c = Database.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("show global status like 'Innodb_deadlocks'")) {
            return r.next() ? r.getLong(2) : 0;
        }
    }

    private static long countSince(long before, String event, String userPattern) throws SQLException {
        return single("select count(*) from audit_entry where chain_position > ? and event = ? and username like ?",
                before, event, userPattern);
    }

    private static List<String> originsSince(long before, String event, String userPattern) throws SQLException {
        List<String> origins = new ArrayList<>();
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement("select distinct"
                + " coalesce(origin, 'null') from audit_entry where chain_position > ? and event = ? and username like ?")) {
            s.setLong(1, before);
            s.setString(2, event);
            s.setString(3, userPattern);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    origins.add(r.getString(1));
                }
            }
        }
        return origins;
    }

    private static long lastExportOf(String user) throws SQLException {
        return single("select max(chain_position) from audit_entry where event = 'EXPORT_TRANSACTIONS' and username = ?",
                user);
    }

    /** The position of the user's export before their last one. */
    private static long earlierExportOf(String user) throws SQLException {
        return single("select chain_position from audit_entry where event = 'EXPORT_TRANSACTIONS' and username = ?"
                + " order by chain_position desc limit 1 offset 1", user);
    }

    private static long number(String sql) throws SQLException {
        try (Connection c = Database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long countAt(long position) throws SQLException {
        return single("select count(*) from audit_entry where chain_position = ?", position);
    }

    private static String eventAt(long position) throws SQLException {
        return text("select event from audit_entry where chain_position = ?", position);
    }

    private static String detailAt(long position) throws SQLException {
        return text("select detail from audit_entry where chain_position = ?", position);
    }

    private static long single(String sql, Object... args) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = prepare(c, sql, args);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(String sql, Object... args) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = prepare(c, sql, args);
             ResultSet r = s.executeQuery()) {
            assertThat(r.next()).isTrue();
            return r.getString(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
