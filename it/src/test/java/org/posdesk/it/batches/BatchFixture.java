package org.posdesk.it.batches;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Batches written straight into the database, with their history and journal, so a test states
 * exactly the batches it counts. {@link #clear} first removes what an earlier run left for the
 * tenant, so counts do not depend on a fresh database.
 */
final class BatchFixture {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private BatchFixture() {
    }

    /** Removes the tenant's batches and everything hanging off them (commands, resubmissions, journal). */
    static void clear(Connection c, long merchantId) throws SQLException {
        String batches = "(select id from batch where merchant_id = " + merchantId + ")";
        String terminals = "(select id from terminal where merchant_id = " + merchantId + ")";
        update(c, "delete from batch_transition where batch_id in " + batches);
        update(c, "delete from resubmission where batch_id in " + batches);
        update(c, "delete from terminal_command where terminal_id in " + terminals);
        update(c, "delete from card_transaction where merchant_id = ?", merchantId);
        update(c, "delete from batch where merchant_id = ?", merchantId);
    }

    /**
     * Gives the merchant's terminal {@code count} batches (numbers 1..count, one a day back from
     * 2025, spread over the states) in one statement, once: enough rows that the optimizer plans as
     * it would for a real merchant, not as for a table it can scan in one read.
     */
    static void bulk(Connection c, String tid, int count) throws SQLException {
        long terminalId = findId(c, "select id from terminal where tid = ?", tid);
        if (count(c, "select count(*) from batch where terminal_id = ?", terminalId) >= count) {
            return;
        }
        update(c, "insert into batch (id, merchant_id, terminal_id, batch_number, state, opened_at, currency)"
                + " select nextval(batch_seq), t.merchant_id, t.id, s.seq,"
                + " elt(1 + s.seq % 4, 'UPLOADED', 'BALANCED', 'RECONCILED', 'UPLOAD_INCOMPLETE'),"
                + " timestamp('2025-01-01') - interval s.seq day, 'CNY'"
                + " from terminal t, seq_1_to_" + count + " s where t.id = ?"
                + " and s.seq not in (select batch_number from batch where terminal_id = t.id)", terminalId);
        try (java.sql.Statement analyze = c.createStatement()) {
            analyze.execute("analyze table batch"); // statistics now, not when InnoDB gets round to it
        }
    }

    static NewBatch batch(String tid, int number, String state) {
        return new NewBatch(tid, number, state);
    }

    /** A batch to insert; unset totals mean the terminal has not announced any (no 0500 yet). */
    static final class NewBatch {

        private final String tid;
        private final int number;
        private final String state;
        private Instant openedAt = Instant.parse("2026-03-01T01:00:00Z");
        private Integer terminalCount;
        private Long terminalAmount;
        private int computedCount;
        private long computedAmount;
        private Integer announced;
        private String missing;
        private final List<String[]> history = new ArrayList<>();
        private final List<Object[]> sales = new ArrayList<>();

        private NewBatch(String tid, int number, String state) {
            this.tid = tid;
            this.number = number;
            this.state = state;
        }

        NewBatch opened(Instant at) {
            openedAt = at;
            return this;
        }

        NewBatch terminalTotals(int count, long amount) {
            terminalCount = count;
            terminalAmount = amount;
            return this;
        }

        NewBatch computedTotals(int count, long amount) {
            computedCount = count;
            computedAmount = amount;
            return this;
        }

        NewBatch uploadEnded(int announcedCount, String missingStans) {
            announced = announcedCount;
            missing = missingStans;
            return this;
        }

        /** Steps after the opening, one second apart, each with its cause. */
        NewBatch then(String to, String cause) {
            history.add(new String[] {to, cause});
            return this;
        }

        NewBatch sale(int stan, long amount, String origin, boolean confirmedByUpload) {
            sales.add(new Object[] {stan, amount, origin, confirmedByUpload});
            return this;
        }

        long insert(Connection c) throws SQLException {
            long terminalId = findId(c, "select id from terminal where tid = ?", tid);
            long merchantId = findId(c, "select merchant_id from terminal where tid = ?", tid);
            long id = next(c, "batch_seq");
            update(c, "insert into batch (id, merchant_id, terminal_id, batch_number, state, opened_at, settled_at,"
                            + " term_debit_amount, term_debit_count, term_credit_amount, term_credit_count,"
                            + " term_foreign_debit_amount, term_foreign_debit_count, term_foreign_credit_amount,"
                            + " term_foreign_credit_count, computed_debit_amount, computed_debit_count, currency,"
                            + " announced_count, missing_stans, needs_attention)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?)",
                    id, merchantId, terminalId, number, state, ts(openedAt),
                    terminalCount == null ? null : ts(openedAt.plusSeconds(3600)),
                    terminalAmount, terminalCount, terminalCount == null ? null : 0L, terminalCount == null ? null : 0,
                    terminalCount == null ? null : 0L, terminalCount == null ? null : 0,
                    terminalCount == null ? null : 0L, terminalCount == null ? null : 0,
                    computedAmount, computedCount, announced, missing, missing != null);
            String from = null;
            Instant at = openedAt;
            transition(c, id, null, "OPEN", at, "batch opened");
            for (String[] step : history) {
                at = at.plusSeconds(1);
                transition(c, id, from == null ? "OPEN" : from, step[0], at, step[1]);
                from = step[0];
            }
            for (Object[] sale : sales) {
                insertSale(c, terminalId, (Integer) sale[0], (Long) sale[1], (String) sale[2], (Boolean) sale[3]);
            }
            return id;
        }

        private void insertSale(Connection c, long terminalId, int stan, long amount, String origin,
                                boolean confirmed) throws SQLException {
            LocalDateTime time = LocalDateTime.ofInstant(openedAt, SHANGHAI).plusMinutes(stan);
            update(c, "insert into card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number, stan,"
                            + " rrn, auth_code, type, status, processing_code, amount_minor, currency, card_bin, card_last4,"
                            + " entry_mode, terminal_time, received_at, response_code, origin, confirmed_by_upload)"
                            + " select ?, merchant_id, store_id, id, tid, ?, ?, ?, '123456', 'SALE', 'APPROVED', '000000',"
                            + " ?, 'CNY', '622202', '0123', '071', ?, ?, '00', ?, ? from terminal where id = ?",
                    next(c, "card_transaction_seq"), number, "%06d".formatted(stan), "%012d".formatted(stan), amount,
                    Timestamp.valueOf(time), ts(openedAt), origin, confirmed, terminalId);
        }
    }

    private static void transition(Connection c, long batchId, String from, String to, Instant at, String cause)
            throws SQLException {
        update(c, "insert into batch_transition (id, batch_id, from_state, to_state, occurred_at, cause)"
                + " values (?, ?, ?, ?, ?, ?)", next(c, "batch_transition_seq"), batchId, from, to, ts(at), cause);
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    static String text(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static long next(Connection c, String sequence) throws SQLException {
        return count(c, "select nextval(" + sequence + ")");
    }

    private static long findId(Connection c, String sql, Object... args) throws SQLException {
        long id = count(c, sql, args);
        if (id == 0) {
            throw new IllegalStateException("nothing for " + sql + " " + List.of(args));
        }
        return id;
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            s.executeUpdate();
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
