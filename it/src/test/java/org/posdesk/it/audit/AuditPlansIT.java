package org.posdesk.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posdesk.it.Database;

/**
 * The audit page's queries (as JpaAuditRepository writes them) executed by MariaDB over 60,000
 * entries in the scratch schema: whatever the filter, a page of 50 (+1) reads about as many rows
 * through an index, without a sort, on the first page and deep in the trail alike; the verifier's
 * walk reads its page by the chain position's unique index.
 */
class AuditPlansIT {

    private static final Logger LOG = Logger.getLogger(AuditPlansIT.class.getName());
    private static final String PAGE = "select * from audit_entry a where a.occurred_at >= '2026-01-01'"
            + " and a.occurred_at < '2027-01-01'%s order by a.occurred_at desc, a.id desc limit 51";
    private static final String DEEP = " and (a.occurred_at < '2026-01-20 00:00:00' or (a.occurred_at = '2026-01-20 00:00:00'"
            + " and a.id < 20000))";

    @BeforeAll
    static void trail() throws SQLException {
        Database.migrateScratchAfresh();
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement()) {
            // One entry a minute from 2026-01-01: 200 users, 20 events, one failure in fifty,
            // 10 target types of 1,000 targets. Hashes are placeholders: no chain is verified here.
            s.executeUpdate("insert into audit_entry (id, chain_position, occurred_at, username, event, outcome, origin,"
                    + " target_type, target_id, detail, prev_hash, hash) select seq, seq,"
                    + " timestamp'2026-01-01 00:00:00' + interval seq minute, concat('user', seq mod 200),"
                    + " concat('EVENT_', seq mod 20), if(seq mod 50 = 0, 'FAILURE', 'SUCCESS'), '10.0.0.1',"
                    + " concat('type', seq mod 10), concat('t', seq mod 1000), null, null, lpad(seq, 64, '0')"
                    + " from seq_1_to_60000");
            s.execute("analyze table audit_entry persistent for all");
        }
    }

    @Test
    void everyFilterReadsOnlyItsPage() throws SQLException {
        for (String filter : new String[] {"", " and a.username = 'user7'", " and a.event = 'EVENT_3'",
                " and a.outcome = 'FAILURE'", " and a.target_type = 'type4' and a.target_id = 't4'",
                " and a.username = 'user7' and a.event = 'EVENT_7'"}) {
            assertReadsAPage(PAGE.formatted(filter));
            assertReadsAPage(PAGE.formatted(filter + DEEP));
        }
    }

    @Test
    void theVerifierWalksByChainPosition() throws SQLException {
        Analysis walk = analyze("select * from audit_entry a where a.chain_position > 30000"
                + " order by a.chain_position limit 1000");
        assertThat(walk.key).as(walk.toString()).isEqualTo("uq_audit_entry_position");
        assertThat(walk.rowsRead).as(walk.toString()).isLessThanOrEqualTo(1001);
    }

    private static void assertReadsAPage(String sql) throws SQLException {
        Analysis page = analyze(sql);
        assertThat(page.type).as(page.toString()).isNotEqualTo("ALL");
        assertThat(page.key).as(page.toString()).startsWith("ix_audit_entry_");
        assertThat(String.valueOf(page.extra)).as(page.toString()).doesNotContain("filesort");
        assertThat(page.rowsRead).as(page.toString()).isLessThanOrEqualTo(52);
    }

    /** ANALYZE runs the statement: r_rows is what MariaDB actually read. */
    private static Analysis analyze(String sql) throws SQLException {
        try (Connection c = Database.connectScratch(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("analyze " + sql)) {
            assertThat(r.next()).isTrue();
            Analysis analysis = new Analysis(sql, r.getString("type"), r.getString("key"), r.getString("Extra"),
                    r.getDouble("r_rows"));
            LOG.info(analysis::toString);
            return analysis;
        }
    }

    private record Analysis(String sql, String type, String key, String extra, double rowsRead) {
        @Override
        public String toString() {
            return sql + "\n  " + type + " | " + key + " | " + extra + " | read " + rowsRead;
        }
    }
}
