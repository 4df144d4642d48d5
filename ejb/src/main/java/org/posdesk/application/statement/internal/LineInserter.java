package org.posdesk.application.statement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.posdesk.domain.statement.LineData;

/**
 * Writes statement lines in multi-row INSERTs of {@link #ROWS} rows (one round trip each,
 * whatever the driver's batch settings). Ids come from {@code statement_line_seq} in the blocks
 * Hibernate's pooled optimizer would use (value v stands for v-49..v), fetched many at once, so
 * JPA and this writer never hand out the same id.
 */
final class LineInserter implements LineSink {

    static final int ROWS = 500;
    private static final int BLOCK = 50;
    private static final int BLOCKS_PER_FETCH = 200;
    private static final String COLUMNS = "(id, statement_id, line_number, tid, mid, rrn, stan, batch_number, type,"
            + " amount_minor, fee_minor, net_minor, currency, card_bin, card_last4, auth_code, transaction_time,"
            + " original_stan, original_rrn, original_time, order_number, debit_credit)";
    private static final int PARAMS = 22;

    private final Connection connection;
    private final long statementId;
    private final List<LineData> pending = new ArrayList<>(ROWS);
    private final long[] ids = new long[BLOCK * BLOCKS_PER_FETCH];
    private int idCount;
    private int idNext;
    private PreparedStatement full;
    private long written;

    LineInserter(Connection connection, long statementId) {
        this.connection = connection;
        this.statementId = statementId;
    }

    @Override
    public void add(LineData line) throws SQLException {
        pending.add(line);
        if (pending.size() == ROWS) {
            flush();
        }
    }

    @Override
    public void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        PreparedStatement insert = pending.size() == ROWS ? fullStatement() : connection.prepareStatement(sql(pending.size()));
        try {
            int p = 1;
            for (LineData line : pending) {
                p = bind(insert, p, line);
            }
            insert.executeUpdate();
            written += pending.size();
            pending.clear();
        } finally {
            if (insert != full) {
                insert.close();
            }
        }
    }

    @Override
    public long written() {
        return written;
    }

    private PreparedStatement fullStatement() throws SQLException {
        if (full == null) {
            full = connection.prepareStatement(sql(ROWS));
        }
        return full;
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder("insert into statement_line ").append(COLUMNS).append(" values ");
        String row = "(" + "?,".repeat(PARAMS - 1) + "?)";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(row);
        }
        return sql.toString();
    }

    private int bind(PreparedStatement s, int p, LineData d) throws SQLException {
        s.setLong(p++, nextId());
        s.setLong(p++, statementId);
        s.setInt(p++, d.lineNumber());
        s.setString(p++, d.tid());
        s.setString(p++, d.mid());
        s.setString(p++, d.rrn());
        s.setString(p++, d.stan());
        setInt(s, p++, d.batchNumber());
        s.setString(p++, d.type());
        s.setLong(p++, d.amount().minorUnits());
        setLong(s, p++, d.feeMinor());
        setLong(s, p++, d.netMinor());
        s.setString(p++, d.amount().currency());
        s.setString(p++, d.card() == null ? null : d.card().bin());
        s.setString(p++, d.card() == null ? null : d.card().lastFour());
        s.setString(p++, d.authCode());
        s.setObject(p++, d.transactionTime());
        s.setString(p++, d.original().stan());
        s.setString(p++, d.original().rrn());
        s.setObject(p++, d.original().time());
        s.setString(p++, d.orderNumber());
        s.setString(p++, d.debitCredit() == null ? null : d.debitCredit().toString());
        return p;
    }

    private static void setInt(PreparedStatement s, int p, Integer v) throws SQLException {
        if (v == null) {
            s.setNull(p, Types.INTEGER);
        } else {
            s.setInt(p, v);
        }
    }

    private static void setLong(PreparedStatement s, int p, Long v) throws SQLException {
        if (v == null) {
            s.setNull(p, Types.BIGINT);
        } else {
            s.setLong(p, v);
        }
    }

    private long nextId() throws SQLException {
        if (idNext == idCount) {
            fetchIds();
        }
        return ids[idNext++];
    }

    private void fetchIds() throws SQLException {
        idCount = 0;
        idNext = 0;
        try (PreparedStatement s = connection.prepareStatement(
                "select nextval(statement_line_seq) from seq_1_to_" + BLOCKS_PER_FETCH);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long high = rs.getLong(1);
                for (long id = Math.max(1, high - BLOCK + 1); id <= high; id++) {
                    ids[idCount++] = id;
                }
            }
        }
        if (idCount == 0) {
            throw new SQLException("statement_line_seq gave no ids");
        }
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
