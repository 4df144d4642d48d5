package org.posdesk.it.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posdesk.infrastructure.persistence.JpaReconciliationRepository;
import org.posdesk.it.Database;

/**
 * The batch verdicts' grouped counts explained by MariaDB over enough rows for its optimizer to
 * care (2,000 batches, 60,000 journal entries, as many statement lines, 3,000 discrepancies): a
 * chunk of batches (or terminals) reads each one's entries and discrepancies through their
 * indexes, and probes claims by index, never scanning the journal, the lines or the discrepancies
 * (nor reading a whole index, as materialized NOT EXISTS probes did).
 */
class ReconciliationPlansIT {

    private static final String CHUNK = IntStream.rangeClosed(1, 500).map(i -> i * 3)
            .mapToObj(Integer::toString).collect(Collectors.joining(", "));

    @BeforeAll
    static void data() throws SQLException {
        Database.migrateScratchAfresh();
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into merchant (id, mid, name, created_at) values (1, 'M00000000000001', 'M', now())");
            s.executeUpdate("insert into store (id, merchant_id, code, name) values (1, 1, 'S', 'Store')");
            s.executeUpdate("insert into terminal (id, tid, merchant_id, store_id, serial_number, model, tmk_encrypted,"
                    + " mak_encrypted, created_at) select seq, concat('T', lpad(seq, 7, '0')), 1, 1, concat('SN', seq),"
                    + " 'M', x'00', x'00', now() from seq_1_to_200");
            s.executeUpdate("insert into batch (id, merchant_id, terminal_id, batch_number, state, opened_at, currency)"
                    + " select (t.seq - 1) * 10 + b.seq, 1, t.seq, b.seq, 'BALANCED', now(), 'CNY'"
                    + " from seq_1_to_200 t join seq_1_to_10 b");
            s.executeUpdate("insert into card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number,"
                    + " stan, rrn, type, status, processing_code, amount_minor, currency, entry_mode, terminal_time,"
                    + " received_at, response_code, origin, original_id) select n.seq, 1, 1, 1 + n.seq % 200,"
                    + " concat('T', lpad(1 + n.seq % 200, 7, '0')), 1 + (n.seq div 200) % 10, lpad(n.seq % 1000000, 6, '0'),"
                    + " lpad(n.seq, 12, '0'), if(n.seq % 20 = 0, 'VOID', 'SALE'), if(n.seq % 20 = 1, 'VOIDED', 'APPROVED'),"
                    + " '000000', 100 + n.seq % 5000, 'CNY', '071', timestamp'2026-11-20 00:00:00' + interval n.seq second,"
                    + " now(), '00', 'ONLINE', if(n.seq % 20 = 0, n.seq - 19, null) from seq_1_to_60000 n");
            s.executeUpdate("insert into statement (id, acquirer, file_name, content_hash, clearing_date, imported_at,"
                    + " line_count, state) values (1, 'CUP', 'f', repeat('a', 64), '2026-11-21', now(), 60000, 'MATCHED')");
            s.executeUpdate("insert into statement_line (id, statement_id, line_number, tid, rrn, stan, type,"
                    + " amount_minor, currency, transaction_time, match_outcome, matched_transaction_id)"
                    + " select n.seq, 1, n.seq, concat('T', lpad(1 + n.seq % 200, 7, '0')), lpad(n.seq, 12, '0'),"
                    + " lpad(n.seq % 1000000, 6, '0'), 'SALE', 100 + n.seq % 5000, 'CNY',"
                    + " timestamp'2026-11-20 00:00:00' + interval n.seq second, if(n.seq % 50 = 0, null, 'MATCHED'),"
                    + " if(n.seq % 50 = 0, null, n.seq) from seq_1_to_60000 n");
            s.executeUpdate("insert into reconciliation_discrepancy (id, statement_id, outcome, amount_minor, currency,"
                    + " state, created_at, transaction_id, batch_id) select n.seq, 1, 'MISSING_AT_ACQUIRER', 100, 'CNY',"
                    + " if(n.seq % 3 = 0, 'RESOLVED', 'OPEN'), now(), n.seq * 20 - 10, 1 + n.seq % 2000"
                    + " from seq_1_to_3000 n");
            s.execute("analyze table batch, card_transaction, statement_line, reconciliation_discrepancy"
                    + " persistent for all");
        }
    }

    @Test
    void unjudgedEntriesOfAChunkReadEachBatchThroughTerminalAndBatch() throws SQLException {
        List<String[]> plan = explain(JpaReconciliationRepository.UNJUDGED_BY_BATCH.replace("?ids", CHUNK));
        assertThat(plan).noneMatch(r -> "ALL".equals(r[1]) || "index".equals(r[1]));
        assertThat(plan).anyMatch(r -> "k".equals(r[0]) && "ix_card_transaction_terminal_batch".equals(r[2])
                && r[3].contains("Using index"));
        assertThat(plan).anyMatch(ReconciliationPlansIT::readWholeByPrimaryKey);
        assertThat(plan).filteredOn(r -> "c".equals(r[0])).isNotEmpty()
                .allMatch(ReconciliationPlansIT::claimProbedFromTheIndex);
    }

    @Test
    void openDiscrepanciesOfAChunkReadThroughTheBatchIndex() throws SQLException {
        List<String[]> plan = explain(JpaReconciliationRepository.OPEN_DISCREPANCIES_BY_BATCH.replace("?ids", CHUNK));
        assertThat(plan).noneMatch(r -> "ALL".equals(r[1]));
        assertThat(plan).anyMatch(r -> "d".equals(r[0]) && "ix_discrepancy_batch_state".equals(r[2]));
    }

    @Test
    void unclaimedEntriesOfTerminalsReadEachWindowAndProbeClaimsByIndex() throws SQLException {
        String terminals = IntStream.rangeClosed(1, 200).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        List<String[]> plan = explain(JpaReconciliationRepository.UNCLAIMED_IN_WINDOW.replace("?terminals", terminals)
                .replace("?1", "'2026-11-20 00:00:00'").replace("?2", "'2026-11-21 00:00:00'"));
        assertThat(plan).noneMatch(r -> "ALL".equals(r[1]) || "index".equals(r[1]));
        assertThat(plan).anyMatch(r -> "k".equals(r[0]) && "ix_card_transaction_terminal_time".equals(r[2])
                && r[3].contains("Using index"));
        assertThat(plan).anyMatch(ReconciliationPlansIT::readWholeByPrimaryKey);
        assertThat(plan).filteredOn(r -> "c".equals(r[0])).isNotEmpty()
                .allMatch(ReconciliationPlansIT::claimProbedFromTheIndex);
    }

    @Test
    void theFirstPassWalksTheStatementsLinesInKeyOrderAndFindsEachEntryByRrn() throws SQLException {
        List<String[]> plan = explain(JpaReconciliationRepository.MATCH_BY_RRN.replace("?1", "1").replace("?2", "1")
                .replace("?3", "60000"));
        assertThat(plan).anyMatch(r -> "l".equals(r[0]) && "range".equals(r[1]) && "PRIMARY".equals(r[2]));
        assertThat(plan).anyMatch(r -> "t".equals(r[0]) && "ix_card_transaction_rrn".equals(r[2]));
        assertThat(plan).as("no subquery on the changed table: the rows change as they are read").hasSize(2);
    }

    @Test
    void claimsHeldElsewhereAreProbedPerLineNotCollectedFromEveryStatement() throws SQLException {
        List<String[]> plan = explain(JpaReconciliationRepository.CLAIMS_HELD_ELSEWHERE.replace("?1", "1")
                .replace("?2", "1").replace("?3", "60000"));
        assertThat(plan).anyMatch(r -> "l".equals(r[0]) && "range".equals(r[1]) && "PRIMARY".equals(r[2]));
        assertThat(plan).filteredOn(r -> "c".equals(r[0])).singleElement()
                .matches(r -> "ref".equals(r[1]) && "ix_statement_line_matched".equals(r[2]));
    }

    @Test
    void doubleClaimsAreProbedPerLineNotCollectedFromEveryClaim() throws SQLException {
        List<String[]> plan = explain(JpaReconciliationRepository.DOUBLE_CLAIMS.replace("?1", "1")
                .replace("?2", "1").replace("?3", "60000"));
        assertThat(plan).anyMatch(r -> "l".equals(r[0]) && "range".equals(r[1]) && "PRIMARY".equals(r[2]));
        assertThat(plan).filteredOn(r -> "o".equals(r[0])).singleElement()
                .matches(r -> "ref".equals(r[1]) && "ix_statement_line_matched".equals(r[2]), "o probed by its claim");
    }

    /** The survivors of the probes read whole, one by one through the primary key. */
    private static boolean readWholeByPrimaryKey(String[] row) {
        return "t".equals(row[0]) && "eq_ref".equals(row[1]) && "PRIMARY".equals(row[2]);
    }

    /** "Is the entry claimed?" answered from ix_statement_line_matched alone, no line read for its type. */
    private static boolean claimProbedFromTheIndex(String[] row) {
        return "c".equals(row[0]) && "ix_statement_line_matched".equals(row[2]) && row[3].contains("Using index");
    }

    /**
     * Rows of (table, access type, key, extra); the SQL's ordinal parameters already inlined. A
     * {@code SET STATEMENT ... FOR} prefix stays in front of the EXPLAIN, as the query runs under it.
     */
    private static List<String[]> explain(String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        int body = sql.startsWith("SET STATEMENT") ? sql.indexOf(" FOR ") + 5 : 0;
        String explain = sql.substring(0, body) + "EXPLAIN " + sql.substring(body);
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(explain)) {
            while (r.next()) {
                rows.add(new String[] {r.getString("table"), r.getString("type"), r.getString("key"),
                        String.valueOf(r.getString("Extra"))});
            }
        }
        assertThat(rows).as(sql).isNotEmpty();
        return rows;
    }
}
