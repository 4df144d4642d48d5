package org.posdesk.it.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** The rows around a journal entry — its batch, order, reversal, statement lines — written by JDBC. */
final class Surroundings {

    private Surroundings() {
    }

    static void batch(Connection c, String tid, int number, String state) throws SQLException {
        update(c, "insert into batch (id, merchant_id, terminal_id, batch_number, state, opened_at, currency)"
                + " select nextval(batch_seq), merchant_id, id, ?, ?, ?, 'CNY' from terminal where tid = ?",
                number, state, Timestamp.from(Instant.now()), tid);
    }

    static void order(Connection c, long merchantId, String number, long amount, String status) throws SQLException {
        update(c, "insert into merchant_order (id, merchant_id, order_number, amount_minor, currency, status, source,"
                + " created_at, updated_at) values (nextval(merchant_order_seq), ?, ?, ?, 'CNY', ?, 'ERP', ?, ?)",
                merchantId, number, amount, status, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
    }

    static void reversal(Connection c, JournalEntry original, String reason, Instant at) throws SQLException {
        update(c, "insert into card_reversal (id, merchant_id, terminal_id, tid, batch_number, stan, reason,"
                + " processing_code, amount_minor, currency, card_bin, card_last4, received_at, original_id)"
                + " select nextval(card_reversal_seq), merchant_id, terminal_id, tid, batch_number, stan, ?,"
                + " processing_code, amount_minor, currency, card_bin, card_last4, ?, id from card_transaction"
                + " where id = ?", reason, Timestamp.from(at), original.id);
    }

    /** A statement of one line matched to the entry. */
    static void statementLine(Connection c, JournalEntry entry, String fileName, LocalDate clearing, long fee)
            throws SQLException {
        long statement = next(c, "statement_seq");
        update(c, "insert into statement (id, acquirer, file_name, content_hash, clearing_date, imported_at,"
                + " line_count, state) values (?, 'UNIONPAY', ?, sha2(?, 256), ?, ?, 1, 'MATCHED')",
                statement, fileName, fileName + statement, java.sql.Date.valueOf(clearing), Timestamp.from(Instant.now()));
        update(c, "insert into statement_line (id, statement_id, line_number, tid, rrn, stan, batch_number, type,"
                + " amount_minor, fee_minor, net_minor, currency, card_bin, card_last4, match_outcome,"
                + " matched_transaction_id) values (nextval(statement_line_seq), ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'CNY',"
                + " ?, ?, 'MATCHED', ?)", statement, entry.tid, entry.rrn, entry.stan, entry.batch, entry.type,
                entry.amount, fee, entry.amount - fee, entry.bin, entry.last4, entry.id);
    }

    private static long next(Connection c, String sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval(" + sequence + ")"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
