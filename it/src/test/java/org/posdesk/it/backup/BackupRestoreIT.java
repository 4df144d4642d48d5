package org.posdesk.it.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.backup.BackupRow;
import org.posdesk.application.backup.Backups;
import org.posdesk.application.backup.internal.BackupRecords;
import org.posdesk.infrastructure.backup.BackupEngine;
import org.posdesk.infrastructure.backup.DatabaseAddress;
import org.posdesk.infrastructure.backup.DumpFigures;
import org.posdesk.infrastructure.backup.MariaDbTools;
import org.posdesk.infrastructure.backup.TableFigures;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.services.Invoker;

/**
 * Backups on the real MariaDB, with MariaDB's own tools, inside the server: "back up now" (as an
 * administrator, audited) runs the clustered backup job, which dumps, verifies by restoring into
 * the scratch database and records VERIFIED; the file restores with {@code bin/posdesk restore}
 * into a new database holding the data as it was at the backup, not as changed after it, table
 * by table; the command refuses that database, now not empty, without --force. A backup file
 * changed in one value, cut short or missing a row fails verification with a reason naming it, and
 * a failed backup is stored and shown as FAILED with its reason and an open alert.
 */
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {

    static final String ADMIN = "it-backup-admin";
    static final String MERCHANT = "it-backup-merchant";
    private static final Duration SETTLE = Duration.ofMinutes(3);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(BackupRestoreIT.class, AsBackupAdmin.class, AsBackupMerchant.class,
                Invoker.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private Backups backups;
    @EJB
    private BackupRecords records;
    @EJB
    private AsBackupAdmin asAdmin;
    @EJB
    private AsBackupMerchant asMerchant;

    @Test
    void backUpNowIsVerifiedAndTheFileRestoresTheSnapshotNotLaterChanges() throws Exception {
        String marker = "Backup merchant " + UUID.randomUUID().toString().substring(0, 8);
        TestTenant tenant;
        try (Connection c = dataSource.getConnection()) {
            tenant = TestTenant.ensure(c, "BK", "Backup merchant", 1, 1, 0, MERCHANT, "it-backup-pw-1");
            TestTenant.ensureStaff(c, ADMIN, "it-backup-pw-2", "ADMIN");
            update(c, "update merchant set name = ? where id = ?", marker, tenant.merchantId);
        }
        Instant asked = Instant.now().minusMillis(5);

        BackupRow backup = backUpNowAndWait(asked);

        assertThat(backup.verification()).as(backup.reason()).isEqualTo("VERIFIED");
        assertThat(backup.reason()).isNull();
        assertThat(backup.sizeBytes()).isPositive();
        assertThat(backup.rows()).isPositive();
        assertThat(backup.tables()).isGreaterThan(30);
        assertThat(backup.dumpMillis()).isNotNull();
        assertThat(backup.verifyMillis()).isNotNull();
        Path file = folder().resolve(backup.fileName());
        assertThat(file).isRegularFile();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("a backup holds every merchant's data").isEqualTo("rw-------");
        try (Connection c = dataSource.getConnection()) {
            assertThat(count(c, "select count(*) from audit_entry where username = ? and event = 'BACKUP_REQUESTED'"
                    + " and outcome = 'SUCCESS' and occurred_at >= ?", ADMIN, Timestamp.from(asked))).isEqualTo(1);
            assertThat(count(c, "select count(*) from backup_transition t join backup b on b.id = t.backup_id"
                    + " where b.file_name = ?", backup.fileName())).as("RUNNING, DUMPED, VERIFYING, VERIFIED")
                    .isEqualTo(4);
            // The job's run record is written just after the work returns.
            long recorded = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (count(c, "select count(*) from job_run where name = 'backup' and outcome = 'SUCCEEDED'"
                    + " and finished_at >= ?", Timestamp.from(asked)) == 0) {
                assertThat(System.nanoTime()).as("the backup job's run recorded").isLessThan(recorded);
                TimeUnit.MILLISECONDS.sleep(200);
            }
            // Changed after the backup: the restore must not have it.
            update(c, "update merchant set name = 'Changed after the backup' where id = ?", tenant.merchantId);
        }

        String target = database() + "_verify_restore";
        dropDatabase(target);
        try {
            Result restored = restore(file, target);
            assertThat(restored.exit).as(restored.output).isZero();
            assertThat(restored.output).contains("restored " + backup.fileName() + " into " + target)
                    .contains("every table matches the backup");
            DumpFigures backedUp = DumpFigures.parse(figuresOf(backup.fileName()));
            try (Connection c = dataSource.getConnection()) {
                assertThat(string(c, "select name from `" + target + "`.merchant where id = ?", tenant.merchantId))
                        .isEqualTo(marker);
                // Table by table, by SQL on the restored database: every table the backup held,
                // with the rows it held.
                assertThat(tableNames(c, target)).containsExactlyInAnyOrderElementsOf(backedUp.tables().keySet());
                for (Map.Entry<String, TableFigures> t : backedUp.tables().entrySet()) {
                    assertThat(count(c, "select count(*) from `" + target + "`.`" + t.getKey() + "`"))
                            .as(t.getKey()).isEqualTo(t.getValue().rows());
                }
                assertThat(count(c, "select count(*) from `" + target + "`.flyway_schema_history"))
                        .isEqualTo(count(c, "select count(*) from flyway_schema_history"));
            }

            Result refused = restore(file, target);
            assertThat(refused.exit).as(refused.output).isEqualTo(3);
            assertThat(refused.output).contains("refused").contains("not empty").contains("--force");
            try (Connection c = dataSource.getConnection()) {
                update(c, "update `" + target + "`.merchant set name = 'touched' where id = ?", tenant.merchantId);
                Result forced = restore(file, target, "--force");
                assertThat(forced.exit).as(forced.output).isZero();
                assertThat(string(c, "select name from `" + target + "`.merchant where id = ?", tenant.merchantId))
                        .isEqualTo(marker);
            }
        } finally {
            dropDatabase(target);
        }
    }

    @Test
    void aBackupChangedInOneValueCutShortOrMissingARowFailsVerificationWithTheReason() throws Exception {
        String marker = "Corrupt-me " + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection()) {
            TestTenant tenant = TestTenant.ensure(c, "BC", "Backup corrupt merchant", 1, 1, 0, "it-backup-c",
                    "it-backup-pw-3");
            update(c, "update merchant set name = ? where id = ?", marker, tenant.merchantId);
        }
        BackupEngine engine = new BackupEngine(new MariaDbTools("mariadb-dump", "mariadb",
                System.getenv("POSDESK_DB_USER"), System.getenv("POSDESK_DB_PASSWORD")));
        DatabaseAddress db = DatabaseAddress.parse(System.getenv("POSDESK_DB_URL"));
        DatabaseAddress scratch = db.withDatabase(db.database() + "_verify_corrupt");
        Path dir = Files.createTempDirectory("posdesk-backup-it");
        Path good = dir.resolve("good.sql.gz");
        BackupEngine.Dumped dumped = engine.dump(db, good);
        DumpFigures figures = dumped.figures();
        assertThat(engine.verify(good, figures, scratch).failure()).as("the untouched file").isEmpty();

        String sql = gunzip(good);
        assertThat(sql).contains(marker);
        Path changed = gzip(dir.resolve("changed.sql.gz"), sql.replace(marker, marker.toUpperCase()));
        assertThat(engine.verify(changed, figures, scratch).failure()).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("table merchant: checksum").contains("different values"));

        byte[] whole = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.sql.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertThat(engine.verify(cut, figures, scratch).failure()).hasValueSatisfying(reason ->
                assertThat(reason).contains("damaged or cut off"));

        // The merchant row recompressed without it: the file is whole, one row short.
        String row = "\\(\\d+,'ITBC0{11}','" + marker + "'[^)]*\\)";
        String withoutRow = sql.replaceFirst(",\\n?" + row, "");
        if (withoutRow.equals(sql)) {
            withoutRow = sql.replaceFirst(row + ",\\n?", "");
        }
        assertThat(withoutRow).as("the merchant row found in the dump").isNotEqualTo(sql);
        Path lost = gzip(dir.resolve("lost.sql.gz"), withoutRow);
        assertThat(engine.verify(lost, figures, scratch).failure()).hasValueSatisfying(reason ->
                assertThat(reason).contains("table merchant: " + figures.tables().get("merchant").rows()
                        + " rows backed up, " + (figures.tables().get("merchant").rows() - 1) + " restored"));
        try (Connection c = dataSource.getConnection()) {
            assertThat(count(c, "select count(*) from information_schema.schemata where schema_name = ?",
                    scratch.database())).as("the scratch database is dropped after each check").isZero();
        }
    }

    @Test
    void aFailedBackupIsStoredAndShownAsFailedWithItsReasonAndRaisesAnAlert() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant.ensure(c, "BK", "Backup merchant", 1, 1, 0, MERCHANT, "it-backup-pw-1");
            TestTenant.ensureStaff(c, ADMIN, "it-backup-pw-2", "ADMIN");
        }
        String name = "posdesk-it-failed-" + UUID.randomUUID() + ".sql.gz";
        // Far in the past so it can never be taken for a running backup, nor for the newest one.
        long id = records.start(name, ADMIN, "it-node", Instant.parse("2001-01-01T00:00:00Z"));
        records.failed(id, "the dump failed: mariadb-dump exited with 2: Got error 2013", null);

        BackupRow row = findRow(name);
        assertThat(row.verification()).isEqualTo("FAILED");
        assertThat(row.reason()).isEqualTo("the dump failed: mariadb-dump exited with 2: Got error 2013");
        assertThat(row.isInProgress()).isFalse();
        try (Connection c = dataSource.getConnection()) {
            assertThat(string(c, "select state from alert where kind = 'BACKUP_FAILED'")).isEqualTo("OPEN");
            assertThat(string(c, "select message from alert where kind = 'BACKUP_FAILED'")).contains(name);
        }
        assertThatThrownBy(() -> asMerchant.call(() -> backups.list(null, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asMerchant.call(() -> backups.backUpNow())).isInstanceOf(AccessDeniedException.class);
    }

    private BackupRow backUpNowAndWait(Instant asked) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        // Another test run's backup may still be running: then this one is refused; ask again.
        while (asAdmin.call(() -> backups.backUpNow()) == Backups.Requested.ALREADY_RUNNING) {
            assertThat(System.nanoTime()).as("a running backup settled").isLessThan(deadline);
            TimeUnit.SECONDS.sleep(1);
        }
        while (true) {
            BackupRow mine = asAdmin.call(() -> backups.list(null, 20)).rows().stream()
                    .filter(r -> ADMIN.equals(r.requestedBy()) && !r.startedAt().isBefore(asked))
                    .findFirst().orElse(null);
            if (mine != null && !mine.isInProgress()) {
                return mine;
            }
            assertThat(System.nanoTime()).as("the backup settled within " + SETTLE).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private BackupRow findRow(String fileName) throws Exception {
        var page = asAdmin.call(() -> backups.list(null, Backups.MAX_PAGE));
        while (true) {
            var found = page.rows().stream().filter(r -> r.fileName().equals(fileName)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(page.next()).as(fileName + " listed").isNotNull();
            var next = page.next();
            page = asAdmin.call(() -> backups.list(next, Backups.MAX_PAGE));
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result restore(Path file, String database, String... more) throws Exception {
        String repo = System.getenv("POSDESK_IT_REPO");
        assertThat(repo).as("POSDESK_IT_REPO (it/pom.xml)").isNotBlank();
        java.util.List<String> command = new java.util.ArrayList<>(
                java.util.List.of(repo + "/bin/posdesk", "restore", file.toString(), database));
        command.addAll(Arrays.asList(more));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), output);
    }

    private static Path folder() {
        String configured = System.getenv("POSDESK_BACKUP_DIR");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir"), "backups");
    }

    private static String database() {
        return DatabaseAddress.parse(System.getenv("POSDESK_DB_URL")).database();
    }

    private String figuresOf(String fileName) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return string(c, "select figures from backup where file_name = ?", fileName);
        }
    }

    private void dropDatabase(String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("drop database if exists `" + name + "`");
        }
    }

    private static java.util.List<String> tableNames(Connection c, String schema) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select table_name from information_schema.tables"
                + " where table_schema = ?")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return names;
    }

    private static String gunzip(Path file) throws IOException {
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String string(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
