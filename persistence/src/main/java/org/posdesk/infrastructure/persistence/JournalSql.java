package org.posdesk.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.posdesk.domain.journal.JournalCursor;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.JournalRow;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;

/**
 * The SQL of journal searches, built from a {@link JournalFilter} as plain text plus parameters.
 * Kept free of any container type so that the EXPLAIN test and the benchmark run exactly the
 * statements the portal runs, over plain JDBC.
 * <p>
 * Every criterion is an equality or a range on a column that leads one of the V1/V5/V6 indexes
 * (merchant or store or terminal with the time; last four, RRN, STAN, auth code, order number,
 * amount, anomaly), and the order — terminal time descending, id descending — is the order of
 * the time indexes read backwards, so a page stops after {@code limit} index entries.
 * <p>
 * The index is chosen here, by {@link #index}, and forced. Left to itself MariaDB 10.11 turns
 * "merchant = ? and time in a window, newest first, LIMIT n" into a ref scan of the merchant's
 * whole index from its newest entry, which reads every row newer than the window (or than the
 * cursor of a deep page) before the first one it returns: 46,293 rows instead of 51 for a window
 * three months back in SearchPlansIT's journal, and proportionally more at ten million rows.
 */
public final class JournalSql {

    /** The columns {@link #read} expects, in that order. The store's name is a per-row lookup, not a join, so that it can never change the plan on card_transaction. */
    static final String COLUMNS = "t.id, t.merchant_id, t.store_id, (select s.name from store s where s.id = t.store_id),"
            + " t.terminal_id, t.tid, t.batch_number, t.stan, t.rrn, t.auth_code, t.type, t.status, t.amount_minor,"
            + " t.currency, t.card_bin, t.card_last4, t.card_brand, t.entry_mode, t.terminal_time, t.received_at,"
            + " t.response_code, t.origin, t.confirmed_by_upload, t.order_number, t.original_id, t.anomaly";

    private static final String ORDER = " order by t.terminal_time desc, t.id desc";

    private JournalSql() {
    }

    /** A statement and its parameters, in order. */
    public record Statement(String sql, List<Object> parameters) {

        public PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                statement.setObject(i + 1, value instanceof LocalDateTime time ? Timestamp.valueOf(time) : value);
            }
            return statement;
        }

        /** The statement with its parameters written in, for EXPLAIN and for reading in a log. */
        public String inline() {
            StringBuilder out = new StringBuilder();
            int next = 0;
            for (char c : sql.toCharArray()) {
                if (c == '?') {
                    out.append(literal(parameters.get(next++)));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static String literal(Object value) {
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            String text = value instanceof LocalDateTime time ? Timestamp.valueOf(time).toString() : value.toString();
            return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
        }
    }

    /** A page of rows after the cursor (null: the first page). */
    public static Statement page(JournalFilter filter, JournalCursor after, int limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(from(filter));
        sql.append(conditions(filter, parameters));
        if (after != null) {
            // The first conjunct is the range the index reads; the second drops the cursor's own
            // second and what precedes it there.
            sql.append(" and t.terminal_time <= ? and (t.terminal_time < ? or t.id < ?)");
            parameters.add(after.terminalTime());
            parameters.add(after.terminalTime());
            parameters.add(after.id());
        }
        sql.append(ORDER).append(" limit ?");
        parameters.add(limit);
        return new Statement(sql.toString(), parameters);
    }

    /** Counts the selection up to {@code cap}: the inner LIMIT stops the index walk there. */
    public static Statement countUpTo(JournalFilter filter, int cap) {
        List<Object> parameters = new ArrayList<>();
        String where = conditions(filter, parameters);
        parameters.add(cap);
        return new Statement("select count(*) from (select 1" + from(filter) + where + " limit ?) capped", parameters);
    }

    public static Statement byId(long id) {
        return new Statement("select " + COLUMNS + " from card_transaction t where t.id = ?", List.of(id));
    }

    public static Statement referencing(long originalId) {
        return new Statement("select " + COLUMNS + " from card_transaction t where t.original_id = ?"
                + " order by t.received_at, t.id", List.of(originalId));
    }

    private static String from(JournalFilter filter) {
        return " from card_transaction t force index (" + index(filter) + ") where ";
    }

    /**
     * The index that narrows this filter most, by what the criteria usually select: a reference
     * (RRN, auth code, STAN, order number) a handful of rows, a card's last four about a thousand
     * in ten million, a terminal or an exact amount a slice of one merchant, and otherwise the
     * window of the narrowest scope. Each one ends in the terminal time, so the rows come out in
     * search order whatever is chosen, apart from the reference indexes, whose few rows are sorted.
     */
    public static String index(JournalFilter f) {
        if (f.rrn() != null) {
            return "ix_card_transaction_rrn";
        }
        if (f.authCode() != null) {
            return "ix_card_transaction_auth_code";
        }
        if (f.stan() != null) {
            return "ix_card_transaction_stan_time";
        }
        if (f.orderNumber() != null && f.merchantId() != null) {
            return "ix_card_transaction_merchant_order";
        }
        if (f.cardLast4() != null) {
            return "ix_card_transaction_last4_time";
        }
        if (f.terminalId() != null) {
            return "ix_card_transaction_terminal_time";
        }
        if (f.merchantId() != null && f.minAmountMinor() != null && f.minAmountMinor().equals(f.maxAmountMinor())) {
            return "ix_card_transaction_merchant_amount";
        }
        if (f.merchantId() != null && Boolean.TRUE.equals(f.anomaly())) {
            return "ix_card_transaction_merchant_anomaly";
        }
        // A user confined to several stores reads the merchant's window and drops the other
        // stores' rows: an IN over the store index would have to sort the whole window.
        if (f.storeId() != null || f.storeIds().size() == 1) {
            return "ix_card_transaction_store_time";
        }
        if (f.merchantId() != null) {
            return "ix_card_transaction_merchant_time";
        }
        return "ix_card_transaction_time";
    }

    static String conditions(JournalFilter f, List<Object> parameters) {
        Conditions c = new Conditions(parameters);
        c.add("t.terminal_time >= ?", f.from());
        c.add("t.terminal_time < ?", f.to());
        c.add("t.merchant_id = ?", f.merchantId());
        c.in("t.store_id", f.storeIds());
        c.add("t.store_id = ?", f.storeId());
        c.add("t.terminal_id = ?", f.terminalId());
        c.add("t.type = ?", name(f.type()));
        c.add("t.status = ?", name(f.status()));
        c.add("t.origin = ?", name(f.origin()));
        c.add("t.amount_minor >= ?", f.minAmountMinor());
        c.add("t.amount_minor <= ?", f.maxAmountMinor());
        c.add("t.card_last4 = ?", f.cardLast4());
        c.add("t.rrn = ?", f.rrn());
        c.add("t.stan = ?", f.stan());
        c.add("t.auth_code = ?", f.authCode());
        c.add("t.order_number = ?", f.orderNumber());
        c.add("t.anomaly = ?", f.anomaly());
        return c.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Reads the row at the result set's cursor, columns as in {@link #COLUMNS}. */
    public static JournalRow read(ResultSet r) throws SQLException {
        Timestamp received = r.getTimestamp(20);
        long originalId = r.getLong(25);
        Long original = r.wasNull() ? null : originalId;
        return new JournalRow(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getLong(5),
                r.getString(6), r.getInt(7), r.getString(8), r.getString(9), r.getString(10),
                TransactionType.valueOf(r.getString(11)), TransactionStatus.valueOf(r.getString(12)), r.getLong(13),
                r.getString(14), r.getString(15), r.getString(16), r.getString(17), r.getString(18),
                r.getTimestamp(19).toLocalDateTime(), received == null ? null : received.toInstant(),
                r.getString(21), Origin.valueOf(r.getString(22)), r.getBoolean(23), r.getString(24), original,
                r.getBoolean(26));
    }

    /** Collects "column op ?" conjuncts for the criteria that are set. */
    private static final class Conditions {

        private final List<Object> parameters;
        private final StringBuilder text = new StringBuilder();

        Conditions(List<Object> parameters) {
            this.parameters = parameters;
        }

        void add(String condition, Object value) {
            if (value == null) {
                return;
            }
            and().append(condition);
            parameters.add(value);
        }

        void in(String column, Set<Long> values) {
            if (values.isEmpty()) {
                return;
            }
            and().append(column).append(" in (");
            // Sorted, so the same set always gives the same statement text.
            List<Long> sorted = values.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                text.append(i == 0 ? "?" : ", ?");
                parameters.add(sorted.get(i));
            }
            text.append(')');
        }

        private StringBuilder and() {
            if (!text.isEmpty()) {
                text.append(" and ");
            }
            return text;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
