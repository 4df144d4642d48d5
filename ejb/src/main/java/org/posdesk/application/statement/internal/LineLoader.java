package org.posdesk.application.statement.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.posdesk.domain.statement.LineData;

/**
 * The other bulk path ({@code POSDESK_STATEMENT_LOAD=loaddata}): lines are written as TSV to a
 * private temporary file while the statement is parsed, then loaded with one
 * {@code LOAD DATA LOCAL INFILE} in the import's transaction (the driver reads the file; no line
 * holds a card number, only BIN and last four). Ids as {@link LineInserter} takes them.
 */
final class LineLoader implements LineSink {

    private static final int BLOCK = 50;
    private static final int BLOCKS_PER_FETCH = 200;

    private final Connection connection;
    private final long statementId;
    private final Path file;
    private final Writer out;
    private final long[] ids = new long[BLOCK * BLOCKS_PER_FETCH];
    private int idCount;
    private int idNext;
    private long written;
    private final StringBuilder row = new StringBuilder(256);

    LineLoader(Connection connection, long statementId) {
        this.connection = connection;
        this.statementId = statementId;
        try {
            this.file = Files.createTempFile("posdesk-statement-lines-", ".tsv");
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the statement load file", e);
        }
    }

    @Override
    public void add(LineData d) throws SQLException {
        row.setLength(0);
        row.append(nextId()).append('\t').append(statementId).append('\t').append(d.lineNumber());
        cell(d.tid());
        cell(d.mid());
        cell(d.rrn());
        cell(d.stan());
        cell(d.batchNumber() == null ? null : d.batchNumber().toString());
        cell(d.type());
        cell(Long.toString(d.amount().minorUnits()));
        cell(d.feeMinor() == null ? null : d.feeMinor().toString());
        cell(d.netMinor() == null ? null : d.netMinor().toString());
        cell(d.amount().currency());
        cell(d.card() == null ? null : d.card().bin());
        cell(d.card() == null ? null : d.card().lastFour());
        cell(d.authCode());
        cell(d.transactionTime() == null ? null : d.transactionTime().toString().replace('T', ' '));
        cell(d.original().stan());
        cell(d.original().rrn());
        cell(d.original().time() == null ? null : d.original().time().toString().replace('T', ' '));
        cell(d.orderNumber());
        cell(d.debitCredit() == null ? null : d.debitCredit().toString());
        row.append('\n');
        try {
            out.write(row.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the statement load file", e);
        }
        written++;
    }

    private void cell(String value) {
        row.append('\t');
        if (value == null) {
            row.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }

    /** Loads everything written; call once, at the end. */
    @Override
    public void flush() throws SQLException {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the statement load file", e);
        }
        String path = file.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'");
        try (Statement s = connection.createStatement()) {
            long loaded = s.executeUpdate("load data local infile '" + path + "' into table statement_line"
                    + " character set utf8mb4 fields terminated by '\\t' escaped by '\\\\' lines terminated by '\\n'"
                    + " (id, statement_id, line_number, tid, mid, rrn, stan, batch_number, type, amount_minor, fee_minor,"
                    + " net_minor, currency, card_bin, card_last4, auth_code, transaction_time, original_stan,"
                    + " original_rrn, original_time, order_number, debit_credit)");
            if (loaded != written) {
                throw new SQLException("LOAD DATA took " + loaded + " of " + written + " statement lines");
            }
        }
    }

    @Override
    public long written() {
        return written;
    }

    private long nextId() throws SQLException {
        if (idNext == idCount) {
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
        }
        return ids[idNext++];
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the statement load file", e);
        }
    }
}
