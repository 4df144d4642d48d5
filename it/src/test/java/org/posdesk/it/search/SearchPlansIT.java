package org.posdesk.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.journal.JournalCursor;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.infrastructure.persistence.JournalSql;
import org.posdesk.it.Database;

/**
 * The portal's searches, exactly as {@link JournalSql} writes them, explained by MariaDB over a
 * journal large enough for its optimizer to care (80,000 rows, three merchants, thirteen months):
 * each typical search reads card_transaction through an index, never by a full scan, and the
 * plain time-ordered pages need no sort.
 */
class SearchPlansIT {

    private static final Logger LOG = Logger.getLogger(SearchPlansIT.class.getName());
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 12, 0);
    private static final long BIG = 1;
    private static final long STORE = 11;
    private static final long TERMINAL = 105;

    @BeforeAll
    static void journal() throws SQLException {
        Database.migrateScratchAfresh();
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into merchant (id, mid, name, created_at) values (1, 'M00000000000001', 'Big', now()),"
                    + " (2, 'M00000000000002', 'Middle', now()), (3, 'M00000000000003', 'Small', now())");
            // Merchant m has stores m*10+1 and m*10+2, each with five terminals (m*100+1 .. m*100+10).
            s.executeUpdate("insert into store (id, merchant_id, code, name) select m.id * 10 + k.seq, m.id,"
                    + " concat('S', k.seq), concat('Store ', k.seq) from merchant m join seq_1_to_2 k");
            s.executeUpdate("insert into terminal (id, tid, merchant_id, store_id, serial_number, model, tmk_encrypted,"
                    + " mak_encrypted, created_at) select m.id * 100 + k.seq, concat('T', lpad(m.id * 100 + k.seq, 7, '0')),"
                    + " m.id, m.id * 10 + 1 + (k.seq > 5), concat('SN', k.seq), 'M', x'00', x'00', now()"
                    + " from merchant m join seq_1_to_10 k");
            // 60,000 rows for the big merchant, 15,000 and 5,000 for the others, spread over the 13
            // months (568,000 minutes) before NOW; a few anomalies and declines, an order number on
            // one row in four.
            s.executeUpdate(journalRows(1, 60_000));
            s.executeUpdate(journalRows(2, 15_000));
            s.executeUpdate(journalRows(3, 5_000));
            s.execute("analyze table card_transaction persistent for all");
        }
    }

    private static String journalRows(long merchant, int rows) {
        return ("insert into card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number, stan, rrn,"
                + " auth_code, type, status, processing_code, amount_minor, currency, card_bin, card_last4, entry_mode,"
                + " terminal_time, received_at, response_code, origin, order_number, anomaly)"
                + " select %1$d * 1000000 + n.seq, t.merchant_id, t.store_id, t.id, t.tid, 1 + n.seq div 1000,"
                + " lpad(n.seq, 6, '0'), lpad(%1$d * 1000000 + n.seq, 12, '0'), upper(substr(md5(n.seq), 1, 6)),"
                + " if(n.seq %% 50 = 0, 'REFUND', 'SALE'), if(n.seq %% 40 = 0, 'DECLINED', 'APPROVED'), '000000',"
                + " (n.seq * 7919) %% 500000, 'CNY', '622202', lpad((n.seq * 31) %% 10000, 4, '0'), '071',"
                + " timestamp'2026-11-20 12:00:00' - interval (n.seq * 568000 div %2$d) minute, now(), '00',"
                + " if(n.seq %% 20 = 0, 'OFFLINE', 'ONLINE'), if(n.seq %% 4 = 0, concat('ORD-', n.seq), null),"
                + " n.seq %% 500 = 0"
                + " from seq_1_to_%2$d n join terminal t on t.id = %1$d * 100 + 1 + n.seq %% 10").formatted(merchant, rows);
    }

    private static JournalFilter lastMonth(Long merchant) {
        return JournalFilter.window(NOW.minusMonths(1), NOW, merchant, Set.of());
    }

    @Test
    void aMerchantsWindowIsReadInOrderFromItsIndexWithoutSorting() throws SQLException {
        Plan first = explain(JournalSql.page(lastMonth(BIG), null, 51));
        Plan deep = explain(JournalSql.page(JournalFilter.window(NOW.minusMonths(13), NOW, BIG, Set.of()),
                new JournalCursor(NOW.minusMonths(6), 1_030_000), 51));

        first.usesIndex("ix_card_transaction_merchant_time").sortsNothing();
        deep.usesIndex("ix_card_transaction_merchant_time").sortsNothing();
    }

    @Test
    void eachCriterionHasAnIndexBehindIt() throws SQLException {
        JournalFilter month = lastMonth(BIG);
        JournalFilter year = JournalFilter.window(NOW.minusMonths(13), NOW, BIG, Set.of());

        explain(JournalSql.page(year.withReferences("0123", null, null, null, null).withAmount(4_321L, 4_321L), null, 51))
                .usesIndex("ix_card_transaction_last4_time");
        explain(JournalSql.page(year.withReferences(null, "000001012345", null, null, null), null, 51))
                .usesIndex("ix_card_transaction_rrn");
        explain(JournalSql.page(year.withReferences(null, null, "012345", null, null), null, 51))
                .usesIndex("ix_card_transaction_stan_time");
        explain(JournalSql.page(year.withReferences(null, null, null, "A1B2C3", null), null, 51))
                .usesIndex("ix_card_transaction_auth_code");
        explain(JournalSql.page(year.withReferences(null, null, null, null, "ORD-1234"), null, 51))
                .usesIndex("ix_card_transaction_merchant_order");
        explain(JournalSql.page(year.withAmount(12_800L, 12_800L), null, 51))
                .usesIndex("ix_card_transaction_merchant_amount");
        explain(JournalSql.page(year.withAnomaly(true), null, 51))
                .usesIndex("ix_card_transaction_merchant_anomaly");
        explain(JournalSql.page(month.withTerminal(TERMINAL), null, 51))
                .usesIndex("ix_card_transaction_terminal_time").sortsNothing();
        explain(JournalSql.page(month.withStore(STORE), null, 51))
                .usesIndex("ix_card_transaction_store_time").sortsNothing();
        explain(JournalSql.page(month.withKind(TransactionType.REFUND, TransactionStatus.APPROVED, Origin.ONLINE), null, 51))
                .usesIndex("ix_card_transaction_merchant_time");
    }

    @Test
    void staffAndStoreConfinedUsersSearchesUseAnIndexToo() throws SQLException {
        explain(JournalSql.page(lastMonth(null), null, 51)).usesIndex("ix_card_transaction_time").sortsNothing();
        explain(JournalSql.page(JournalFilter.window(NOW.minusMonths(1), NOW, BIG, Set.of(STORE)), null, 51))
                .usesIndex("ix_card_transaction_store_time").sortsNothing();
        explain(JournalSql.page(JournalFilter.window(NOW.minusMonths(1), NOW, BIG, Set.of(STORE, STORE + 1)), null, 51))
                .usesIndex("ix_card_transaction_merchant_time").sortsNothing();
        explain(JournalSql.page(lastMonth(null).withReferences(null, "000001012345", null, null, null), null, 51))
                .usesIndex("ix_card_transaction_rrn");
    }

    @Test
    void theBoundedCountWalksAnIndexToo() throws SQLException {
        explain(JournalSql.countUpTo(JournalFilter.window(NOW.minusMonths(13), NOW, BIG, Set.of()), 1_001))
                .usesIndex("ix_card_transaction_merchant_time");
    }

    @Test
    void anOldWindowAndADeepPageReadOnlyThePageItself() throws SQLException {
        // Executed, not only explained: r_rows is what MariaDB actually read from card_transaction.
        JournalFilter lastWinter = JournalFilter.window(NOW.minusMonths(12), NOW.minusMonths(9), BIG, Set.of());
        JournalFilter year = JournalFilter.window(NOW.minusMonths(13), NOW, BIG, Set.of());

        assertThat(rowsRead(JournalSql.page(lastWinter, null, 51))).isLessThanOrEqualTo(52);
        assertThat(rowsRead(JournalSql.page(year, new JournalCursor(NOW.minusMonths(6), 1_030_000), 51)))
                .isLessThanOrEqualTo(52);
        assertThat(rowsRead(JournalSql.page(lastWinter.withTerminal(TERMINAL), null, 51))).isLessThanOrEqualTo(52);
    }

    private static double rowsRead(JournalSql.Statement statement) throws SQLException {
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("analyze " + statement.inline())) {
            while (r.next()) {
                if ("t".equals(r.getString("table"))) {
                    LOG.info(() -> statement.inline() + "\n  read " + rsafe(r));
                    return r.getDouble("r_rows");
                }
            }
        }
        throw new AssertionError("no card_transaction row in the analysis of " + statement.inline());
    }

    private static String rsafe(ResultSet r) {
        try {
            return r.getString("r_rows") + " rows with " + r.getString("key") + " (" + r.getString("type") + ")";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static Plan explain(JournalSql.Statement statement) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("explain " + statement.inline())) {
            while (r.next()) {
                rows.add(new String[] {r.getString("table"), r.getString("type"), r.getString("key"),
                        r.getString("Extra"), r.getString("rows")});
            }
        }
        Plan plan = new Plan(statement.inline(), rows);
        LOG.info(plan::toString);
        return plan;
    }

    /** The EXPLAIN rows of one statement; the journal's row is the one on table "t". */
    private record Plan(String sql, List<String[]> rows) {

        String[] journal() {
            return rows.stream().filter(r -> "t".equals(r[0])).findFirst()
                    .orElseThrow(() -> new AssertionError("no card_transaction row in the plan of " + this));
        }

        Plan usesIndex(String... acceptable) {
            String[] t = journal();
            assertThat(t[1]).as("access type in " + this).isNotEqualTo("ALL");
            assertThat(t[2]).as("index in " + this).isIn((Object[]) acceptable);
            return this;
        }

        Plan sortsNothing() {
            assertThat(String.valueOf(journal()[3])).as("extra in " + this).doesNotContain("filesort");
            return this;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(sql);
            for (String[] row : rows) {
                text.append("\n  ").append(String.join(" | ", Arrays.asList(row)));
            }
            return text.toString();
        }
    }
}
