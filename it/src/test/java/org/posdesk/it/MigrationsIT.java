package org.posdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production migrations, run from an empty schema on real MariaDB: they apply, the domain's
 * natural keys hold, and the portal's searches have an index behind them.
 */
class MigrationsIT {

    private MigrateResult result;
    private Flyway flyway;

    @BeforeEach
    void migrateFromEmpty() {
        flyway = Flyway.configure()
                .dataSource(Database.scratchUrl(), System.getProperty("posdesk.db.user"),
                        System.getProperty("posdesk.db.password"))
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
        flyway.clean();
        result = flyway.migrate();
    }

    @Test
    void everyMigrationAppliesToAnEmptySchema() throws SQLException {
        assertThat(result.success).isTrue();
        // Every migration on the classpath ran, from the first: none pending, none skipped.
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().applied().length).isGreaterThanOrEqualTo(3);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(tables()).contains("merchant", "store", "terminal", "terminal_contact", "offline_gap", "batch",
                "batch_transition", "card_transaction", "merchant_order", "resubmission", "missing_order_case",
                "case_transition", "case_note", "statement", "statement_line", "audit_entry", "app_user",
                "app_user_store", "qrtz_job_details", "qrtz_triggers", "qrtz_locks", "terminal_command", "alert",
                "card_reversal");
    }

    @Test
    void aTransactionIsUniqueOnTidBatchAndStan() throws SQLException {
        try (Connection c = Database.connectScratch()) {
            long terminal = terminal(c);
            insertTransaction(c, terminal, "000001");
            insertTransaction(c, terminal, "000002");
            assertThatThrownBy(() -> insertTransaction(c, terminal, "000001"))
                    .isInstanceOf(SQLIntegrityConstraintViolationException.class);
        }
    }

    @Test
    void anOrderNumberIsUniquePerMerchantOnly() throws SQLException {
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into merchant (id, mid, name, created_at) values (1, 'M00000000000001', 'A', now()),"
                    + " (2, 'M00000000000002', 'B', now())");
            String order = "insert into merchant_order (id, merchant_id, order_number, amount_minor, currency, status,"
                    + " source, created_at, updated_at) values (%d, %d, 'ORD-1', 100, '156', 'UNPAID', 'ERP', now(), now())";
            s.executeUpdate(order.formatted(1, 1));
            s.executeUpdate(order.formatted(2, 2));
            assertThatThrownBy(() -> s.executeUpdate(order.formatted(3, 1)))
                    .isInstanceOf(SQLIntegrityConstraintViolationException.class);
        }
    }

    @Test
    void theMerchantTimeSearchUsesItsIndex() throws SQLException {
        assertThat(plan("select id from card_transaction where merchant_id = 1 and terminal_time >= now()"
                + " order by terminal_time desc, id desc limit 50")).contains("ix_card_transaction_merchant_time");
        assertThat(plan("select id from card_transaction where rrn = '000000000001'"))
                .contains("ix_card_transaction_rrn");
        assertThat(plan("select id from card_transaction where card_last4 = '0123' and terminal_time >= now()"))
                .contains("ix_card_transaction_last4_time");
        assertThat(plan("select id from card_transaction where store_id = 1 and terminal_time >= now()"))
                .contains("ix_card_transaction_store_time");
        assertThat(plan("select id from card_transaction where merchant_id = 1 and order_number = 'ORD-1'"))
                .contains("ix_card_transaction_merchant_order");
    }

    private static String plan(String query) throws SQLException {
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("explain " + query)) {
            StringBuilder keys = new StringBuilder();
            while (r.next()) {
                keys.append(r.getString("possible_keys")).append(' ').append(r.getString("key")).append('\n');
            }
            return keys.toString();
        }
    }

    private static long terminal(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into merchant (id, mid, name, created_at) values (1, 'M00000000000001', 'A', now())");
            s.executeUpdate("insert into store (id, merchant_id, code, name) values (1, 1, 'S1', 'Store')");
            s.executeUpdate("insert into terminal (id, tid, merchant_id, store_id, serial_number, model,"
                    + " tmk_encrypted, mak_encrypted, created_at) values (1, 'T0000001', 1, 1, 'SN', 'M', x'00', x'00', now())");
        }
        return 1;
    }

    private static void insertTransaction(Connection c, long terminal, String stan) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into card_transaction (id, merchant_id, store_id,"
                + " terminal_id, tid, batch_number, stan, type, status, processing_code, amount_minor, currency,"
                + " entry_mode, terminal_time, received_at, response_code, origin) values"
                + " (nextval(card_transaction_seq), 1, 1, ?, 'T0000001', 1, ?, 'SALE', 'APPROVED', '000000', 100,"
                + " '156', '071', now(), now(), '00', 'ONLINE')")) {
            s.setLong(1, terminal);
            s.setString(2, stan);
            s.executeUpdate();
        }
    }

    private static List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select lower(table_name) from information_schema.tables"
                     + " where table_schema = database()")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
