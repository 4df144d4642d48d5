package org.posdesk.it.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posdesk.application.casework.internal.CandidateSql;
import org.posdesk.it.Database;

/**
 * The help desk's reads explained by MariaDB over enough rows for its optimizer to care (60,000
 * journal entries, 10,000 reversals and statement lines, 20,000 cases): every candidate probe of
 * {@link CandidateSql} and every shape of the case queue reads through its index, never a full
 * scan, and the queue's pages need no sort.
 */
class CasePlansIT {

    private static final String FROM = "'2026-10-01 00:00:00'";
    private static final String TO = "'2026-10-01 12:00:00'";

    @BeforeAll
    static void data() throws SQLException {
        Database.migrateScratchAfresh();
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into merchant (id, mid, name, created_at) select seq, concat('M', lpad(seq, 14, '0')),"
                    + " concat('Merchant ', seq), now() from seq_1_to_3");
            s.executeUpdate("insert into store (id, merchant_id, code, name) select m.id * 10 + k.seq, m.id,"
                    + " concat('S', k.seq), concat('Store ', k.seq) from merchant m join seq_1_to_2 k");
            s.executeUpdate("insert into terminal (id, tid, merchant_id, store_id, serial_number, model, tmk_encrypted,"
                    + " mak_encrypted, created_at) select m.id * 100 + k.seq, concat('T', lpad(m.id * 100 + k.seq, 7, '0')),"
                    + " m.id, m.id * 10 + 1 + (k.seq > 5), concat('SN', k.seq), 'M', x'00', x'00', now()"
                    + " from merchant m join seq_1_to_10 k");
            s.executeUpdate("insert into card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number,"
                    + " stan, rrn, auth_code, type, status, processing_code, amount_minor, currency, card_bin, card_last4,"
                    + " entry_mode, terminal_time, received_at, response_code, origin, order_number)"
                    + " select n.seq, t.merchant_id, t.store_id, t.id, t.tid, 1 + n.seq div 1000, lpad(n.seq % 1000000, 6, '0'),"
                    + " lpad(n.seq, 12, '0'), upper(substr(md5(n.seq), 1, 6)), 'SALE', 'APPROVED', '000000',"
                    + " (n.seq * 7919) % 500000, 'CNY', '622202', lpad((n.seq * 31) % 10000, 4, '0'), '071',"
                    + " timestamp'2026-11-20 12:00:00' - interval (n.seq * 9) minute, now(), '00', 'ONLINE',"
                    + " if(n.seq % 4 = 0, concat('ORD-', n.seq), null)"
                    + " from seq_1_to_60000 n join terminal t on t.id = 100 * (1 + n.seq % 3) + 1 + n.seq % 10");
            s.executeUpdate("insert into card_reversal (id, merchant_id, terminal_id, tid, batch_number, stan, reason,"
                    + " processing_code, amount_minor, currency, received_at, original_id)"
                    + " select n.seq, t.merchant_id, t.id, t.tid, 1 + n.seq div 1000, lpad(n.seq % 1000000, 6, '0'), '98',"
                    + " '000000', (n.seq * 7919) % 500000, 'CNY', timestamp'2026-11-20 04:00:00' - interval (n.seq * 50) minute,"
                    + " if(n.seq % 10 = 0, null, n.seq) from seq_1_to_10000 n join terminal t on t.id = 100 * (1 + n.seq % 3) + 1 + n.seq % 10");
            s.executeUpdate("insert into statement (id, acquirer, file_name, content_hash, clearing_date, imported_at,"
                    + " line_count, state) values (1, 'CUP', 'f.csv', repeat('a', 64), '2026-11-20', now(), 10000, 'MATCHED')");
            s.executeUpdate("insert into statement_line (id, statement_id, line_number, tid, mid, rrn, stan, type,"
                    + " amount_minor, currency, transaction_time) select n.seq, 1, n.seq, t.tid,"
                    + " concat('M', lpad(t.merchant_id, 14, '0')), lpad(n.seq, 12, '0'), lpad(n.seq % 1000000, 6, '0'),"
                    + " 'SALE', (n.seq * 7919) % 500000, 'CNY', timestamp'2026-11-20 12:00:00' - interval (n.seq * 50) minute"
                    + " from seq_1_to_10000 n join terminal t on t.id = 100 * (1 + n.seq % 3) + 1 + n.seq % 10");
            s.executeUpdate("insert into missing_order_case (id, merchant_id, state, active, source, opened_by, opened_at,"
                    + " sla_due_at, assignee) select n.seq, 1 + n.seq % 3,"
                    + " elt(1 + n.seq % 10, 'OPEN', 'INVESTIGATING', 'ESCALATED', 'REOPENED', 'RESOLVED', 'RESOLVED',"
                    + " 'RESOLVED', 'RESOLVED', 'RESOLVED', 'RESOLVED'), n.seq % 10 < 4, 'MERCHANT_REPORT', 'm',"
                    + " timestamp'2026-11-20 12:00:00' - interval (n.seq * 20) minute,"
                    + " timestamp'2026-11-21 12:00:00' - interval (n.seq * 20) minute, if(n.seq % 7 = 0, 'agent1', null)"
                    + " from seq_1_to_20000 n");
            s.execute("analyze table card_transaction, card_reversal, statement_line, missing_order_case persistent for all");
        }
    }

    @Test
    void everyCandidateProbeReadsThroughItsIndex() throws SQLException {
        Map<String, String> window = Map.of(":m", "1", ":from", FROM, ":to", TO);
        explain(CandidateSql.BY_RRN, Map.of(":rrn", "'000000012345'", ":m", "1"))
                .usesIndex("ix_card_transaction_rrn");
        explain(CandidateSql.BY_AUTH_CODE, with(window, ":auth", "'A1B2C3'")).usesIndex("ix_card_transaction_auth_code");
        explain(CandidateSql.BY_STAN, with(window, ":stan", "'012345'")).usesIndex("ix_card_transaction_stan_time");
        explain(CandidateSql.BY_AMOUNT, with(with(window, ":a1", "12700"), ":a2", "12900"))
                .usesIndex("ix_card_transaction_merchant_amount");
        explain(CandidateSql.BY_LAST_FOUR, with(window, ":last4", "'0123'")).usesIndex("ix_card_transaction_last4_time");
        explain(CandidateSql.BY_TERMINAL, Map.of(":t", "101", ":nearFrom", FROM, ":nearTo", TO))
                .usesIndex("ix_card_transaction_terminal_time");
        explain(CandidateSql.BY_ORDER, Map.of(":m", "1", ":order", "'ORD-1234'"))
                .usesIndex("ix_card_transaction_merchant_order");
        explain(CandidateSql.ORPHAN_REVERSALS, Map.of(":m", "1", ":a1", "12700", ":a2", "12900", ":r1", FROM,
                ":r2", "'2026-10-03 00:00:00'")).usesIndex("ix_card_reversal_merchant_amount");
        explain(CandidateSql.LINE_BY_RRN, Map.of(":tid", "'T0000101'", ":rrn", "'000000012345'"))
                .usesIndex("ix_statement_line_tid_rrn");
        explain(CandidateSql.LINE_BY_STAN, Map.of(":tid", "'T0000101'", ":stan", "'012345'"))
                .usesIndex("ix_statement_line_tid_stan", "uq_statement_line_number");
        explain(CandidateSql.LINE_BY_AMOUNT, Map.of(":mid", "'M00000000000001'", ":a1", "12700", ":a2", "12900",
                ":from", FROM, ":to", TO)).usesIndex("ix_statement_line_mid_amount");
    }

    /** The SQL Hibernate writes for the queue's JPQL (JpaCaseRepository.queue), one shape per filter. */
    @Test
    void everyQueueShapeReadsAnIndexInOrderWithoutSorting() throws SQLException {
        String page = " order by opened_at, id limit 51";
        explain("select id from missing_order_case where active = true" + page, Map.of())
                .usesIndex("ix_case_active_opened").sortsNothing();
        explain("select id from missing_order_case where merchant_id = 2 and active = true" + page, Map.of())
                .usesIndex("ix_case_merchant_active_opened").sortsNothing();
        explain("select id from missing_order_case where state = 'ESCALATED'" + page, Map.of())
                .usesIndex("ix_missing_order_case_state_opened").sortsNothing();
        explain("select id from missing_order_case where merchant_id = 2 and state = 'OPEN'" + page, Map.of())
                .usesIndex("ix_case_merchant_state_opened").sortsNothing();
        explain("select id from missing_order_case where active = true and assignee = 'agent1'" + page, Map.of())
                .usesIndex("ix_case_assignee_active_opened").sortsNothing();
        explain("select id from missing_order_case where active = true and opened_at < '2026-11-01'"
                + " and (opened_at > '2026-10-01' or (opened_at = '2026-10-01' and id > 5))" + page, Map.of())
                .usesIndex("ix_case_active_opened").sortsNothing();
        explain("select id from missing_order_case where active = true and active = true"
                + " and sla_due_at < '2026-11-01'" + page, Map.of())
                .usesIndex("ix_case_active_opened", "ix_case_active_sla");
        explain("select state, count(*) from missing_order_case where merchant_id = 1 and active = true group by state",
                Map.of()).usesIndex("ix_case_merchant_active_opened", "ix_case_merchant_state_opened");
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> m = new java.util.HashMap<>(base);
        m.put(key, value);
        return m;
    }

    private static Plan explain(String sql, Map<String, String> params) throws SQLException {
        String inline = sql + (sql.contains(" limit ") ? "" : CandidateSql.LIMIT);
        // Longest names first, so :a1 is not taken for part of another name.
        List<String> names = new ArrayList<>(params.keySet());
        names.sort((x, y) -> y.length() - x.length());
        for (String name : names) {
            inline = inline.replace(name, params.get(name));
        }
        assertThat(inline).doesNotContainPattern(" :[a-zA-Z]");
        List<String[]> rows = new ArrayList<>();
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("explain " + inline)) {
            while (r.next()) {
                rows.add(new String[] {r.getString("table"), r.getString("type"), r.getString("key"),
                        String.valueOf(r.getString("Extra"))});
            }
        }
        return new Plan(inline, rows);
    }

    private record Plan(String sql, List<String[]> rows) {

        Plan usesIndex(String... acceptable) {
            assertThat(rows).as(sql).hasSize(1);
            assertThat(rows.get(0)[1]).as("access type in " + sql).isNotEqualTo("ALL");
            assertThat(rows.get(0)[2]).as("index in " + sql).isIn((Object[]) acceptable);
            return this;
        }

        Plan sortsNothing() {
            assertThat(rows.get(0)[3]).as("extra in " + sql).doesNotContain("filesort");
            return this;
        }
    }
}
