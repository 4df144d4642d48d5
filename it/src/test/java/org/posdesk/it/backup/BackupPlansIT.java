package org.posdesk.it.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posdesk.it.Database;

/**
 * The Backups page's keyset query (as JpaBackupRepository writes it) executed by MariaDB over
 * 20,000 backup records, in a database of its own (<database>_verify_plans, which the account may
 * create): the first page and a page deep in the list each read about a page of rows through
 * ix_backup_started, without a sort.
 */
class BackupPlansIT {

    private static final Database.Beside SCRATCH = new Database.Beside("_verify_plans");

    private static final Logger LOG = Logger.getLogger(BackupPlansIT.class.getName());
    private static final String PAGE = "select * from backup b%s order by b.started_at desc, b.id desc limit 31";
    private static final String DEEP = " where b.started_at < '2026-06-01 00:00:00' or (b.started_at = '2026-06-01"
            + " 00:00:00' and b.id < 10000)";

    @BeforeAll
    static void records() throws SQLException {
        SCRATCH.recreateMigrated();
        try (Connection c = SCRATCH.connect(); Statement s = c.createStatement()) {
            // One backup every 20 minutes from 2026-01-01, verified but for one in thirty.
            s.executeUpdate("insert into backup (id, file_name, state, node, started_at, finished_at, size_bytes,"
                    + " reason) select seq, concat('posdesk-', seq, '.sql.gz'),"
                    + " if(seq mod 30 = 0, 'FAILED', 'VERIFIED'), 'n1', timestamp'2026-01-01 00:00:00'"
                    + " + interval (seq * 20) minute, timestamp'2026-01-01 00:05:00' + interval (seq * 20) minute,"
                    + " 1000000 + seq, if(seq mod 30 = 0, 'table x: 1 rows backed up, 0 restored', null)"
                    + " from seq_1_to_20000");
            s.execute("analyze table backup persistent for all");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        SCRATCH.drop();
    }

    @Test
    void theFirstPageAndADeepPageReadOnlyAPageThroughTheIndex() throws SQLException {
        for (String sql : new String[] {PAGE.formatted(""), PAGE.formatted(DEEP)}) {
            try (Connection c = SCRATCH.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("analyze " + sql)) {
                assertThat(r.next()).isTrue();
                String plan = sql + "\n  " + r.getString("type") + " | " + r.getString("key") + " | "
                        + r.getString("Extra") + " | read " + r.getDouble("r_rows");
                LOG.info(plan);
                assertThat(r.getString("type")).as(plan).isNotEqualTo("ALL");
                assertThat(r.getString("key")).as(plan).isEqualTo("ix_backup_started");
                assertThat(String.valueOf(r.getString("Extra"))).as(plan).doesNotContain("filesort");
                assertThat(r.getDouble("r_rows")).as(plan).isLessThanOrEqualTo(32);
            }
        }
    }
}
