package org.posdesk.it.reconciliation;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batches, journal entries and acquirer statements written straight into the database, so a test
 * states exactly what the matcher sees (the importer is another helper's; its output is these
 * rows). {@link #clear} removes what an earlier run left for the tenant first.
 */
public final class ReconFixture {

    public static final String ACQUIRER = "IT-RECON";

    private ReconFixture() {
    }

    public static void clear(Connection c, long merchantId, List<String> tids) throws SQLException {
        String batches = "(select id from batch where merchant_id = " + merchantId + ")";
        String terminals = "(select id from terminal where merchant_id = " + merchantId + ")";
        String inTids = "('" + String.join("','", tids) + "','ZZ999999')";
        String statements = "(select distinct statement_id from statement_line where tid in " + inTids + ")";
        update(c, "delete from discrepancy_transition where discrepancy_id in (select id from"
                + " reconciliation_discrepancy where statement_id in " + statements + " or merchant_id = ?)", merchantId);
        update(c, "delete from reconciliation_discrepancy where statement_id in " + statements
                + " or merchant_id = ?", merchantId);
        update(c, "delete from reconciliation_run where statement_id in " + statements);
        List<Long> ids = new ArrayList<>();
        for (Map<String, Object> r : list(c, "select distinct statement_id from statement_line where tid in " + inTids)) {
            ids.add(((Number) r.get("statement_id")).longValue());
        }
        for (long id : ids) {
            update(c, "update statement set superseded_by = null where superseded_by = ? or id = ?", id, id);
        }
        for (long id : ids) {
            update(c, "delete from statement_line where statement_id = ?", id);
            update(c, "delete from statement where id = ?", id);
        }
        update(c, "delete from case_transition where case_id in (select id from missing_order_case where merchant_id = ?)",
                merchantId);
        update(c, "delete from case_note where case_id in (select id from missing_order_case where merchant_id = ?)",
                merchantId);
        update(c, "delete from missing_order_case where merchant_id = ?", merchantId);
        update(c, "delete from batch_transition where batch_id in " + batches);
        update(c, "delete from resubmission where batch_id in " + batches);
        update(c, "delete from terminal_command where terminal_id in " + terminals);
        update(c, "update card_transaction set original_id = null where merchant_id = ?", merchantId);
        update(c, "delete from transaction_anomaly where transaction_id in (select id from card_transaction"
                + " where merchant_id = ?)", merchantId);
        update(c, "delete from card_transaction where merchant_id = ?", merchantId);
        update(c, "delete from batch where merchant_id = ?", merchantId);
    }

    /** A settled batch (BALANCED, UPLOADED, UPLOAD_INCOMPLETE...), opened at {@code openedAt}. */
    public static long batch(Connection c, String tid, int number, String state, Instant openedAt) throws SQLException {
        long id = next(c, "batch_seq");
        update(c, "insert into batch (id, merchant_id, terminal_id, batch_number, state, opened_at, settled_at,"
                        + " currency, needs_attention) select ?, merchant_id, id, ?, ?, ?, ?, 'CNY', false"
                        + " from terminal where tid = ?",
                id, number, state, Timestamp.from(openedAt), Timestamp.from(openedAt.plusSeconds(3600)), tid);
        update(c, "insert into batch_transition (id, batch_id, from_state, to_state, occurred_at, cause)"
                + " values (?, ?, null, ?, ?, 'fixture')", next(c, "batch_transition_seq"), id, state,
                Timestamp.from(openedAt));
        return id;
    }

    /** A journal entry; {@code time} is the terminal's (Beijing) time. Returns its id. */
    public static long entry(Connection c, String tid, int batch, int stan, String rrn, String type, String status,
                      long amount, LocalDateTime time, Long originalId) throws SQLException {
        long id = next(c, "card_transaction_seq");
        update(c, "insert into card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number, stan,"
                        + " rrn, auth_code, type, status, processing_code, amount_minor, currency, card_bin, card_last4,"
                        + " entry_mode, terminal_time, received_at, response_code, origin, original_id)"
                        + " select ?, merchant_id, store_id, id, tid, ?, ?, ?, '123456', ?, ?, '000000',"
                        + " ?, 'CNY', '622202', '0123', '071', ?, ?, '00', 'ONLINE', ? from terminal where tid = ?",
                id, batch, "%06d".formatted(stan), rrn, type, status, amount, Timestamp.valueOf(time),
                Timestamp.from(Instant.now()), originalId, tid);
        return id;
    }

    /** A statement in state IMPORTED, lines added with {@link Line}; committed as one. */
    public static long statement(Connection c, LocalDate clearingDate, List<Line> lines) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long id = next(c, "statement_seq");
            byte[] hash = new byte[32];
            new SecureRandom().nextBytes(hash);
            update(c, "insert into statement (id, acquirer, file_name, content_hash, clearing_date, imported_at,"
                            + " line_count, state) values (?, ?, ?, ?, ?, ?, ?, 'IMPORTED')", id, ACQUIRER,
                    "IND" + clearingDate + "-" + id + "ACOMN", HexFormat.of().formatHex(hash),
                    java.sql.Date.valueOf(clearingDate), Timestamp.from(Instant.now()), lines.size());
            int n = 1;
            for (Line l : lines) {
                update(c, "insert into statement_line (id, statement_id, line_number, tid, mid, rrn, stan, batch_number,"
                                + " type, amount_minor, currency, card_bin, card_last4, auth_code, transaction_time,"
                                + " original_stan, original_rrn, original_time) values (?, ?, ?, ?, null, ?, ?, ?, ?, ?,"
                                + " 'CNY', '622202', '0123', ?, ?, ?, ?, ?)",
                        next(c, "statement_line_seq"), id, n++, l.tid, l.rrn, l.stan, l.batch, l.type, l.amount,
                        l.authCode, l.time == null ? null : Timestamp.valueOf(l.time), l.originalStan, l.originalRrn,
                        l.originalTime == null ? null : Timestamp.valueOf(l.originalTime));
            }
            c.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    public static Line line(String tid, String type, long amount, LocalDateTime time) {
        return new Line(tid, type, amount, time);
    }

    public static final class Line {
        final String tid;
        final String type;
        final long amount;
        final LocalDateTime time;
        String rrn;
        String stan;
        Integer batch;
        String authCode;
        String originalStan;
        String originalRrn;
        LocalDateTime originalTime;

        private Line(String tid, String type, long amount, LocalDateTime time) {
            this.tid = tid;
            this.type = type;
            this.amount = amount;
            this.time = time;
        }

        public Line rrn(String value) {
            rrn = value;
            return this;
        }

        public Line trace(int value) {
            stan = "%06d".formatted(value);
            return this;
        }

        public Line batch(int value) {
            batch = value;
            return this;
        }

        public Line original(int stan, LocalDateTime at) {
            originalStan = "%06d".formatted(stan);
            originalTime = at;
            return this;
        }
    }

    public static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    public static String text(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    public static List<Map<String, Object>> list(Connection c, String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    public static long next(Connection c, String sequence) throws SQLException {
        return count(c, "select nextval(" + sequence + ")");
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
