package org.posdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The journal behind the statement benchmark's file: one merchant and store, terminals
 * {@code B0000000..}, one settled batch each, and a card transaction for every generated line
 * (same TID, STAN, RRN, type, amount and time), streamed in with LOAD DATA. The planted
 * differences are {@link StatementBenchmark}'s.
 */
final class StatementJournal {

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StatementJournal() {
    }

    /** Loads the journal; returns the number of card transactions. */
    static long load(Connection c, StatementBenchmark.Generated g, LocalDate clearing, int terminals, String mid,
                     int extra) throws Exception {
        long merchant = JournalGenerator.next(c, "merchant_seq", 1);
        update(c, "insert into merchant (id, mid, name, created_at) values (?, ?, 'Statement bench merchant', now(3))",
                merchant, mid);
        long store = JournalGenerator.next(c, "store_seq", 1);
        update(c, "insert into store (id, merchant_id, code, name) values (?, ?, 'BENCH', 'Statement bench store')",
                store, merchant);
        long firstTerminal = JournalGenerator.next(c, "terminal_seq", terminals);
        update(c, "insert into terminal (id, tid, merchant_id, store_id, serial_number, model, tmk_encrypted,"
                + " mak_encrypted, created_at) select ? + seq, concat('B', lpad(seq, 7, '0')), ?, ?, concat('SN-B', seq),"
                + " 'bench', x'00', x'00', now(3) from seq_0_to_" + (terminals - 1), firstTerminal, merchant, store);
        long firstBatch = JournalGenerator.next(c, "batch_seq", terminals);
        LocalDateTime start = clearing.minusDays(1).atTime(23, 0);
        update(c, "insert into batch (id, merchant_id, terminal_id, batch_number, state, opened_at, settled_at, currency,"
                + " needs_attention) select ? + seq, ?, ? + seq, 1, 'BALANCED', ?, ?, 'CNY', false from seq_0_to_"
                + (terminals - 1), firstBatch, merchant, firstTerminal, start.minusHours(8), start.plusHours(16));
        long firstId = JournalGenerator.next(c, "card_transaction_seq", g.lines() + extra);
        return JournalGenerator.load(c, "card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number,"
                + " stan, rrn, auth_code, type, status, processing_code, amount_minor, currency, card_bin, card_last4,"
                + " entry_mode, terminal_time, received_at, response_code, origin)", out -> {
            long id = firstId;
            for (int i = 0; i < g.lines(); i++) {
                if (i % 100_000 == 70_000) {
                    continue; // missing in posdesk
                }
                String type = g.types()[g.type()[i]];
                long amount = g.amount()[i] + (i % 100_000 == 50_000 ? 1 : 0);
                String rrn = (i % 100_000 == 90_000 ? "R%011d" : "%012d").formatted(i);
                LocalDateTime time = start.plusSeconds(i % 86_400);
                int terminal = g.terminal()[i];
                row(out, id++, merchant, store, firstTerminal + terminal, "B%07d".formatted(terminal),
                        "%06d".formatted(i % 1_000_000), rrn, type, amount, time);
            }
            for (int k = 0; k < extra; k++) {
                row(out, id++, merchant, store, firstTerminal + k, "B%07d".formatted(k), "E%05d".formatted(k),
                        "E%011d".formatted(k), "SALE", 1_000 + k, start.plusHours(12));
            }
        });
    }

    private static void row(java.io.OutputStream out, long id, long merchant, long store, long terminalId, String tid,
                            String stan, String rrn, String type, long amount, LocalDateTime time)
            throws java.io.IOException {
        String processing = type.equals("VOID") || type.equals("REFUND") ? "200000" : "000000";
        String at = time.format(SQL_TIME);
        out.write((id + "\t" + merchant + "\t" + store + "\t" + terminalId + "\t" + tid + "\t1\t" + stan + "\t" + rrn
                + "\tA1B2C3\t" + type + "\tAPPROVED\t" + processing + "\t" + amount + "\tCNY\t622202\t0000\t071\t" + at
                + "\t" + at + "\t00\tONLINE\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
