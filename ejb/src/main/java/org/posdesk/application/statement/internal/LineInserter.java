package org.posdesk.application.statement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.posdesk.domain.statement.LineData;

/**
 * Writes statement lines as one JDBC batch per {@link #ROWS} rows of a single-row INSERT, which
 * MariaDB Connector/J sends as one bulk command (COM_STMT_BULK_EXECUTE): measured faster than
 * multi-row INSERT text (the server parses nothing per row). Ids come from
 * {@code statement_line_seq} in the blocks Hibernate's pooled optimizer would use (value v stands
 * for v-49..v), fetched many at once, so JPA and this writer never hand out the same id.
 */
final class LineInserter implements AutoCloseable {

    static final int ROWS = 1000;
    private static final int BLOCK = 50;
    private static final int BLOCKS_PER_FETCH = 200;
    private static final String INSERT = "insert into statement_line (id, statement_id, line_number, tid, mid, rrn, stan,"
            + " batch_number, type, amount_minor, fee_minor, net_minor, currency, card_bin, card_last4, auth_code,"
            + " transaction_time, original_stan, original_rrn, original_time, order_number, debit_credit)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final long statementId;
    private final long[] ids = new long[BLOCK * BLOCKS_PER_FETCH];
    private int idCount;
    private int idNext;
    private PreparedStatement insert;
    private int pending;
    private long written;

    LineInserter(Connection connection, long statementId) {
        this.connection = connection;
        this.statementId = statementId;
    }

    void add(LineData line) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement(INSERT);
        }
        bind(insert, 1, line);
        insert.addBatch();
        if (++pending == ROWS) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        insert.executeBatch();
        written += pending;
        pending = 0;
    }

    long written() {
        return written;
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
        if (insert != null) {
            insert.close();
        }
    }
}
