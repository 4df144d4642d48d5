package org.posdesk.it.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.statement.ImportProblemRow;
import org.posdesk.application.statement.ImportState;
import org.posdesk.application.statement.ImportView;
import org.posdesk.application.statement.StatementImports;
import org.posdesk.application.statement.format.DelimitedWriter;
import org.posdesk.application.statement.format.FixedWidthWriter;
import org.posdesk.application.statement.format.Fixtures;
import org.posdesk.application.statement.format.StatementProfile;
import org.posdesk.application.statement.format.StatementProfiles;
import org.posdesk.application.statement.internal.ImportRecords;
import org.posdesk.infrastructure.scheduling.JobScheduler;
import org.posdesk.it.CardDataScanner;
import org.posdesk.it.reconciliation.ReconFixture;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Statement files into statement lines on the real server and database: an ACOMN file with a
 * duplicate line, a void naming its original across the new year, an unknown terminal and a
 * balance inquiry lands line for line with cards masked (no full card number in the rows, the
 * report, the audit trail or the server log) and is refused the second time; a bad line refuses a
 * whole ACOMN file (all or nothing) but only itself in a 通联 CSV (good lines); zip with a GBK entry
 * name and gzip are read; the drop-folder job imports and moves files; merchant users may not.
 * Each run makes its own files (random dates, RRNs and cards), so content hashes never repeat.
 */
@ExtendWith(ArquillianExtension.class)
class StatementImportIT {

    static final String AGENT = "it-stmt-agent";
    static final String MERCHANT = "it-stmt-merchant";
    private static final String ACOMN = "unionpay-acomn";
    private static final String CSV = "allinpay-pos-csv";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(StatementImportIT.class, AsStatementAgent.class, AsStatementMerchant.class,
                StatementInvoker.class, CardDataScanner.class, ReconFixture.class, ReconFixture.Line.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private AsStatementAgent asAgent;
    @EJB
    private AsStatementMerchant asMerchant;
    @EJB
    private StatementImports imports;
    @EJB
    private JobScheduler scheduler;
    @jakarta.inject.Inject
    private org.posdesk.infrastructure.crypto.KeyVault vault;
    @EJB
    private org.posdesk.application.reconciliation.Reconciliation reconciliation;

    private final Random random = new Random();
    private final StatementProfiles profiles = StatementProfiles.builtIn();
    private TestTenant tenant;
    private String mid;

    @BeforeEach
    void tenant() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            tenant = TestTenant.ensure(c, "XI", "Statement merchant", 1, 2, 0, MERCHANT, "it-stmt-merchant-pw-1");
            TestTenant.ensureStaff(c, AGENT, "it-stmt-agent-pw-1", "AGENT");
        }
        mid = "ITXI00000000000";
    }

    @Test
    void anAcomnFileLandsLineForLineMaskedAuditedAndOnlyOnce() throws Exception {
        LocalDate clearing = LocalDate.of(2001 + random.nextInt(25), 1, 1);
        String pan = luhnPan("622202");
        String tid = tenant.tids.get(0);
        LocalDateTime saleTime = clearing.minusDays(1).atTime(23, 30);
        FixedWidthWriter w = new FixedWidthWriter(profile(ACOMN));
        Map<String, String> sale = Fixtures.acomn("SALE", tid, mid, rrn(), "000101", 12345, pan, saleTime);
        Map<String, String> voided = Fixtures.withOriginal(Fixtures.acomn("VOID", tid, mid, rrn(), "000102", 12345, pan,
                clearing.atTime(0, 10)), "000101", saleTime);
        Map<String, String> unknownTerminal = Fixtures.acomn("SALE", "ZZ990001", mid, rrn(), "000103", 500, pan,
                clearing.atTime(9, 0));
        Map<String, String> inquiry = Fixtures.acomn("SALE", tid, mid, rrn(), "000104", 0, pan, clearing.atTime(9, 1));
        inquiry.put("processingCode", "300000");
        Map<String, String> qrOrder = Fixtures.acomn("SALE", tenant.tids.get(1), mid, rrn(), "000105", 880, "",
                clearing.atTime(9, 2));
        qrOrder.put("orderId", "ORD-" + rrn());
        qrOrder.put("authCode", "");
        byte[] content = concat(w.line(sale, false), w.line(sale, false), w.line(voided, false),
                w.line(unknownTerminal, false), "\r\n".getBytes(), w.line(inquiry, false), w.line(qrOrder, true));
        String name = "IND" + clearing.format(YYMMDD) + "01ACOMN";

        ImportView view = importAs(ACOMN, name, content, null);

        assertThat(view.state()).as(view.message()).isEqualTo(ImportState.IMPORTED);
        assertThat(view.linesImported()).isEqualTo(5);
        assertThat(view.badLines()).isZero();
        assertThat(view.clearingDate()).isEqualTo(clearing);
        assertThat(view.startedBy()).isEqualTo(AGENT);
        try (Connection c = dataSource.getConnection()) {
            List<Map<String, Object>> lines = rows(c, "select * from statement_line where statement_id = ?"
                    + " order by line_number", view.statementId());
            assertThat(lines).extracting(l -> l.get("line_number")).containsExactly(1, 2, 3, 4, 7);
            assertThat(lines).extracting(l -> l.get("type")).containsExactly("SALE", "SALE", "VOID", "SALE", "SALE");
            Map<String, Object> first = lines.get(0);
            assertThat(first.get("tid")).isEqualTo(tid);
            assertThat(first.get("mid")).isEqualTo(mid);
            assertThat(first.get("amount_minor")).isEqualTo(12345L);
            assertThat(first.get("currency")).isEqualTo("CNY");
            assertThat(first.get("card_bin")).isEqualTo("622202");
            assertThat(first.get("card_last4")).isEqualTo(pan.substring(pan.length() - 4));
            assertThat(first.get("transaction_time")).isEqualTo(saleTime);
            assertThat(first.get("debit_credit")).isEqualTo("D");
            assertThat(first.get("match_outcome")).isNull();
            assertThat(lines.get(1)).as("the duplicate line is kept for the matcher to call DUPLICATE")
                    .containsEntry("rrn", first.get("rrn"));
            assertThat(lines.get(2)).containsEntry("original_stan", "000101").containsEntry("original_time", saleTime);
            assertThat(lines.get(3)).containsEntry("tid", "ZZ990001");
            assertThat(lines.get(4)).containsEntry("order_number", qrOrder.get("orderId")).containsEntry("card_bin", null)
                    .containsEntry("auth_code", null);
            for (Map<String, Object> line : lines) {
                CardDataScanner.assertClean("statement line " + line.get("line_number"), line.values().toString());
            }
            assertThat(rows(c, "select state, line_count, acquirer, institution, file_type from statement where id = ?",
                    view.statementId()).get(0)).containsEntry("state", "IMPORTED").containsEntry("line_count", 5)
                    .containsEntry("acquirer", ACOMN).containsEntry("institution", "48021000")
                    .containsEntry("file_type", "ACOMN");
            List<Map<String, Object>> audit = rows(c, "select username, outcome, detail from audit_entry"
                    + " where event = 'STATEMENT_IMPORT' and target_type = 'statement' and target_id = ?",
                    view.statementId().toString());
            assertThat(audit).hasSize(1);
            assertThat(audit.get(0)).containsEntry("username", AGENT).containsEntry("outcome", "SUCCESS");
            assertThat((String) audit.get(0).get("detail")).contains(name).doesNotContain(pan);
        }

        ImportView again = importAs(ACOMN, name + ".gz", gzip(content), null);
        assertThat(again.state()).isEqualTo(ImportState.REJECTED);
        assertThat(again.message()).contains("imported before").contains("statement " + view.statementId());
        try (Connection c = dataSource.getConnection()) {
            assertThat(rows(c, "select outcome from audit_entry where event = 'STATEMENT_IMPORT'"
                    + " and target_type = 'statement_import' and target_id = ?", Long.toString(again.id())))
                    .extracting(r -> r.get("outcome")).containsExactly("FAILURE");
        }
        String log = Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"),
                Charset.forName("UTF-8"));
        assertThat(log).doesNotContain(pan);
    }

    @Test
    void aBadLineRefusesAWholeAcomnFileAndIsReportedByLineAndField() throws Exception {
        LocalDate clearing = LocalDate.of(2001 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String pan = luhnPan("621700");
        FixedWidthWriter w = new FixedWidthWriter(profile(ACOMN));
        String tid = tenant.tids.get(0);
        byte[] good = w.line(Fixtures.acomn("SALE", tid, mid, rrn(), "000201", 100, pan, clearing.atTime(10, 0)), false);
        byte[] drifted = w.line(Fixtures.acomn("SALE", tid, mid, rrn(), "000202", 200, pan, clearing.atTime(10, 1)), false);
        // One byte more inside the card number: every later field has moved.
        drifted = concat(java.util.Arrays.copyOfRange(drifted, 0, 50), new byte[] {'7'},
                java.util.Arrays.copyOfRange(drifted, 50, drifted.length));
        String name = "IND" + clearing.format(YYMMDD) + "01ACOMN";

        ImportView view = importAs(ACOMN, name, concat(good, drifted, good), null);

        assertThat(view.state()).isEqualTo(ImportState.REJECTED);
        assertThat(view.badLinePolicy()).isEqualTo("ALL_OR_NOTHING");
        assertThat(view.message()).isEqualTo("1 bad line(s); this acquirer's statements are imported whole or not at all");
        assertThat(view.statementId()).isNull();
        assertThat(view.linesRead()).isEqualTo(3);
        List<ImportProblemRow> problems = asAgent.call(() -> imports.problems(view.id()));
        assertThat(problems).containsExactly(new ImportProblemRow(2, "6 amount (bytes 62-73)",
                "no separator space at byte 74 (the fields have drifted)"));
        try (Connection c = dataSource.getConnection()) {
            assertThat(rows(c, "select count(*) as n from statement s join statement_import i"
                    + " on i.content_hash = s.content_hash where i.id = ?", view.id()).get(0).get("n"))
                    .as("nothing of the file was kept").isEqualTo(0L);
        }

        // The refused file's hash is not taken: once fixed (here: without the bad line), it goes in.
        ImportView fixed = importAs(ACOMN, name, concat(good, good), null);
        assertThat(fixed.state()).isEqualTo(ImportState.IMPORTED);
        assertThat(fixed.linesImported()).isEqualTo(2);
    }

    @Test
    void aCsvKeepsItsGoodLinesReportsTheBadOneAndIsReadFromZipAndGzip() throws Exception {
        LocalDate day = LocalDate.of(2001 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String pan = luhnPan("622848");
        DelimitedWriter w = new DelimitedWriter(profile(CSV));
        String tid = tenant.tids.get(0);
        Map<String, String> sale = Fixtures.allinpay("消费", mid, "鲜果超市,人民路店", tid, 7, "000301", rrn(), pan, 1999,
                12, day.atTime(9, 15, 30));
        Map<String, String> refund = Fixtures.allinpay("退货", mid, "鲜果超市", tid, 7, "000302", rrn(),
                pan.substring(0, 6) + "******" + pan.substring(pan.length() - 4), 500, 0, day.atTime(11, 0));
        Map<String, String> bad = Fixtures.allinpay("消费", mid, "鲜果超市", tid, 7, "000303", rrn(), pan, 100, 0,
                day.atTime(12, 0));
        bad.put("交易金额", "1.005");
        byte[] csv = w.encode(List.of("通联支付商户对账单", w.header(), w.row(sale), w.row(bad), w.row(refund)), "\r\n");
        String entry = "通联对账单_" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";

        ImportView view = importAs(CSV, "statement.zip", zip(entry, csv), null);

        assertThat(view.state()).as(view.message()).isEqualTo(ImportState.IMPORTED);
        assertThat(view.badLinePolicy()).isEqualTo("GOOD_LINES");
        assertThat(view.linesImported()).isEqualTo(2);
        assertThat(view.badLines()).isEqualTo(1);
        assertThat(view.clearingDate()).as("from the GBK entry name").isEqualTo(day);
        assertThat(asAgent.call(() -> imports.problems(view.id())))
                .containsExactly(new ImportProblemRow(4, "column 交易金额", "more than two decimals"));
        try (Connection c = dataSource.getConnection()) {
            List<Map<String, Object>> lines = rows(c, "select * from statement_line where statement_id = ?"
                    + " order by line_number", view.statementId());
            assertThat(lines).extracting(l -> l.get("type")).containsExactly("SALE", "REFUND");
            assertThat(lines.get(0)).containsEntry("batch_number", 7).containsEntry("stan", "000301")
                    .containsEntry("fee_minor", 12L).containsEntry("net_minor", 1987L).containsEntry("amount_minor", 1999L)
                    .containsEntry("card_bin", "622848").containsEntry("transaction_time", day.atTime(9, 15, 30));
            assertThat(lines.get(1)).containsEntry("amount_minor", 500L);
            for (Map<String, Object> line : lines) {
                CardDataScanner.assertClean("csv line " + line.get("line_number"), line.values().toString());
            }
        }

        ImportView sameAsGzip = importAs(CSV, entry + ".gz", gzip(csv), null);
        assertThat(sameAsGzip.state()).as("the hash is of the content, not of the archive").isEqualTo(ImportState.REJECTED);
        byte[] other = w.encode(List.of(w.header(), w.row(refund)), "\n");
        ImportView gz = importAs(CSV, entry + ".gz", gzip(other), null);
        assertThat(gz.state()).as(gz.message()).isEqualTo(ImportState.IMPORTED);
        assertThat(gz.linesImported()).isEqualTo(1);
    }

    @Test
    void theDropFolderJobImportsEachFileAndMovesItAway() throws Exception {
        Path drop = Files.createTempDirectory("statement-drop");
        Path folder = Files.createDirectories(drop.resolve(ACOMN));
        LocalDate clearing = LocalDate.of(2001 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        FixedWidthWriter w = new FixedWidthWriter(profile(ACOMN));
        byte[] content = w.line(Fixtures.acomn("SALE", tenant.tids.get(0), mid, rrn(), "000401", 4200,
                luhnPan("622588"), clearing.atTime(8, 0)), false);
        String name = "IND" + clearing.format(YYMMDD) + "01ACOMN";
        Path first = Files.write(folder.resolve(name), content);
        Path copy = Files.write(folder.resolve(name + ".resent"), content);
        Path partial = Files.write(folder.resolve(".incoming.tmp"), content);
        for (Path p : List.of(first, copy, partial)) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(120)));
        }
        System.setProperty("posdesk.statement.drop", drop.toString());
        try {
            scheduler.fireNow("statement-pickup");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while ((Files.exists(first) || Files.exists(copy)) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
        } finally {
            System.clearProperty("posdesk.statement.drop");
        }
        assertThat(first).as("an imported file holds full card numbers: deleted once its lines are stored").doesNotExist();
        assertThat(folder.resolve("processed")).doesNotExist();
        Path sealed = folder.resolve("rejected").resolve(name + ".resent.sealed");
        assertThat(copy).doesNotExist();
        assertThat(folder.resolve("rejected").resolve(name + ".resent")).doesNotExist();
        CardDataScanner.assertCleanFile("the sealed refused file", Files.readAllBytes(sealed));
        try (java.io.InputStream in = Files.newInputStream(sealed)) {
            assertThat(vault.unseal(in)).as("the refused file is kept whole, for whoever holds the key")
                    .isEqualTo(content);
        }
        assertThat(partial).as("a file still arriving is left alone").exists();
        try (Connection c = dataSource.getConnection()) {
            List<Map<String, Object>> runs = rows(c, "select file_name, state, source from statement_import"
                    + " where started_by = 'job:statement-pickup' and file_name in (?, ?) order by file_name",
                    name, name + ".resent");
            assertThat(runs).extracting(r -> r.get("state")).containsExactly("IMPORTED", "REJECTED");
            assertThat(runs).extracting(r -> r.get("source")).containsOnly("DROP_FOLDER");
        }
    }

    @Test
    void aRedeliveredStatementReplacesTheEarlierOneAndMatchingFollowsTheNewOne() throws Exception {
        TestTenant own;
        try (Connection c = dataSource.getConnection()) {
            own = TestTenant.ensure(c, "XR", "Statement re-delivery merchant", 1, 2, 0, "it-stmt-redeliver",
                    "it-stmt-redeliver-pw-1");
            ReconFixture.clear(c, own.merchantId, own.tids);
        }
        String tid = own.tids.get(0);
        String ownMid = "ITXR00000000000";
        LocalDate clearing = LocalDate.of(2001 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDateTime saleTime = clearing.atTime(10, 0);
        String saleRrn = rrn();
        long batch;
        long sale;
        try (Connection c = dataSource.getConnection()) {
            batch = ReconFixture.batch(c, tid, 1, "BALANCED",
                    clearing.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
            sale = ReconFixture.entry(c, tid, 1, 1, saleRrn, "SALE", "APPROVED", 4200, saleTime, null);
        }
        FixedWidthWriter w = new FixedWidthWriter(profile(ACOMN));
        String pan = luhnPan("622202");
        String name = "IND" + clearing.format(YYMMDD) + "01ACOMN";

        // The first delivery is one fen off: matched, it leaves an open discrepancy.
        ImportView first = importAs(ACOMN, name, w.line(Fixtures.acomn("SALE", tid, ownMid, saleRrn, "000001", 4201,
                pan, saleTime), false), null);
        assertThat(first.state()).as(first.message()).isEqualTo(ImportState.IMPORTED);
        reconciliation.match(first.statementId());
        try (Connection c = dataSource.getConnection()) {
            assertThat(ReconFixture.text(c, "select state from batch where id = ?", batch)).isEqualTo("DISCREPANT");
            assertThat(ReconFixture.count(c, "select count(*) from reconciliation_discrepancy where statement_id = ?"
                    + " and state = 'OPEN'", first.statementId())).isEqualTo(1);
        }

        // The acquirer re-delivers the day's file, corrected: it replaces the first, never adds to it.
        ImportView again = importAs(ACOMN, name, w.line(Fixtures.acomn("SALE", tid, ownMid, saleRrn, "000001", 4200,
                pan, saleTime), false), null);
        assertThat(again.state()).as(again.message()).isEqualTo(ImportState.IMPORTED);
        assertThat(again.message()).contains("replaces statement " + first.statementId());
        try (Connection c = dataSource.getConnection()) {
            assertThat(ReconFixture.list(c, "select state, superseded_by from statement where id = ?",
                    first.statementId()).get(0)).containsEntry("state", "SUPERSEDED")
                    .containsEntry("superseded_by", again.statementId());
            assertThat(ReconFixture.count(c, "select count(*) from reconciliation_discrepancy where statement_id = ?",
                    first.statementId())).as("the old file's machine-made gaps go with it").isZero();
            assertThat(ReconFixture.count(c, "select count(*) from statement_line where statement_id = ? and"
                    + " (match_outcome is not null or matched_transaction_id is not null)", first.statementId())).isZero();
        }
        reconciliation.match(again.statementId());
        // The same day's ACOMA (another file type) and a statement of other terminals are other statements.
        Map<String, String> acomaSale = Fixtures.acomn("SALE", tid, ownMid, saleRrn, "000001", 4200, pan, saleTime);
        acomaSale.put("forwarder", "48029999");
        ImportView acoma = importAs(ACOMN, "IND" + clearing.format(YYMMDD) + "01ACOMA", w.line(acomaSale, false), null);
        ImportView otherTerminals = importAs(ACOMN, "IND" + clearing.format(YYMMDD) + "02ACOMN", w.line(Fixtures.acomn(
                "SALE", own.tids.get(1), ownMid, rrn(), "000002", 300, pan, saleTime), false), clearing);
        assertThat(acoma.message()).as("no replacement").isNull();
        assertThat(otherTerminals.message()).as("no replacement").isNull();
        reconciliation.match(acoma.statementId());
        try (Connection c = dataSource.getConnection()) {
            assertThat(ReconFixture.list(c, "select match_outcome, matched_transaction_id from statement_line"
                    + " where statement_id = ?", again.statementId()).get(0))
                    .containsEntry("match_outcome", "MATCHED").containsEntry("matched_transaction_id", sale);
            assertThat(ReconFixture.text(c, "select match_outcome from statement_line where statement_id = ?",
                    acoma.statementId())).as("the ACOMA repeat of the sale counts once").isEqualTo("DUPLICATE");
            assertThat(ReconFixture.text(c, "select state from statement where id = ?", again.statementId()))
                    .isEqualTo("MATCHED");
            assertThat(ReconFixture.text(c, "select state from batch where id = ?", batch)).isEqualTo("RECONCILED");
            assertThat(ReconFixture.count(c, "select count(*) from reconciliation_discrepancy d join statement s"
                    + " on s.id = d.statement_id where s.clearing_date = ? and d.tid = ? and d.state = 'OPEN'",
                    java.sql.Date.valueOf(clearing), tid)).isZero();
        }
    }

    @Test
    void anImportLeftRunningByAStoppedServerEndsFailedAtTheNextPickUp() throws Exception {
        long id;
        try (Connection c = dataSource.getConnection()) {
            id = ReconFixture.next(c, "statement_import_seq");
            ReconFixture.update(c, "insert into statement_import (id, file_name, profile, bad_line_policy, source,"
                    + " started_by, started_at, updated_at, state, size_bytes) values (?, 'IND26010101ACOMN',"
                    + " 'unionpay-acomn', 'ALL_OR_NOTHING', 'DROP_FOLDER', 'job:statement-pickup',"
                    + " utc_timestamp(3) - interval 2 hour, utc_timestamp(3) - interval 1 hour, 'RUNNING', 100)", id);
        }
        Path drop = Files.createTempDirectory("statement-drop-empty");
        System.setProperty("posdesk.statement.drop", drop.toString());
        try {
            scheduler.fireNow("statement-pickup");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            try (Connection c = dataSource.getConnection()) {
                while (!"FAILED".equals(ReconFixture.text(c, "select state from statement_import where id = ?", id))) {
                    assertThat(Instant.now()).as("the stale import closed").isBefore(deadline);
                    Thread.sleep(200);
                }
                assertThat(ReconFixture.text(c, "select message from statement_import where id = ?", id))
                        .startsWith("interrupted");
            }
        } finally {
            System.clearProperty("posdesk.statement.drop");
        }
    }

    @Test
    void merchantUsersCannotImportOrListStatements() throws Exception {
        Path file = Files.createTempFile("statement", ".txt");
        assertThatThrownBy(() -> asMerchant.call(() -> imports.importFile(ACOMN, "IND26010101ACOMN", file, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asMerchant.call(() -> imports.list(null, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(asAgent.call(() -> imports.profiles())).extracting(p -> p.name() + "/" + p.badLinePolicy())
                .contains("unionpay-acomn/ALL_OR_NOTHING", "allinpay-pos-csv/GOOD_LINES");
        Files.deleteIfExists(file);
    }

    @Test
    void theLoadDataPathWritesTheSameLinesAsTheInsertPath() throws Exception {
        LocalDate clearing = LocalDate.of(2001 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        FixedWidthWriter w = new FixedWidthWriter(profile(ACOMN));
        String pan = luhnPan("622202");
        Map<String, String> voided = Fixtures.withOriginal(Fixtures.acomn("VOID", tenant.tids.get(0), mid, rrn(),
                "000502", 700, pan, clearing.atTime(10, 5)), "000501", clearing.atTime(10, 0));
        Map<String, String> qr = Fixtures.acomn("SALE", tenant.tids.get(1), "QR8983100ABC01", rrn(), "000503", 880, "",
                clearing.atTime(11, 0));
        qr.put("orderId", "ORD\\tab\t" + rrn());
        qr.put("authCode", "");
        byte[] lines = concat(w.line(Fixtures.acomn("SALE", tenant.tids.get(0), mid, rrn(), "000501", 700, pan,
                clearing.atTime(10, 0)), false), w.line(voided, false), w.line(qr, true));
        String name = "IND" + clearing.format(YYMMDD) + "01ACOMN";
        ImportView inserted = importAs(ACOMN, name, lines, null);
        System.setProperty("posdesk.statement.load", "loaddata");
        ImportView loaded;
        try {
            // The same lines, one blank line more: another file by its hash.
            loaded = importAs(ACOMN, name, concat(lines, "\r\n".getBytes()), null);
        } finally {
            System.clearProperty("posdesk.statement.load");
        }
        assertThat(inserted.state()).isEqualTo(ImportState.IMPORTED);
        assertThat(loaded.state()).as(loaded.message()).isEqualTo(ImportState.IMPORTED);
        assertThat(loaded.linesImported()).isEqualTo(3);
        try (Connection c = dataSource.getConnection()) {
            String columns = "line_number, tid, mid, rrn, stan, batch_number, type, amount_minor, fee_minor, net_minor,"
                    + " currency, card_bin, card_last4, auth_code, transaction_time, original_stan, original_rrn,"
                    + " original_time, order_number, debit_credit, match_outcome";
            List<Map<String, Object>> a = rows(c, "select " + columns + " from statement_line where statement_id = ?"
                    + " order by line_number", inserted.statementId());
            List<Map<String, Object>> b = rows(c, "select " + columns + " from statement_line where statement_id = ?"
                    + " order by line_number", loaded.statementId());
            assertThat(a).hasSize(3);
            assertThat(b).isEqualTo(a);
            assertThat(b.get(2).get("order_number")).isEqualTo(qr.get("orderId"));
        }
    }

    @Test
    void theImportListAndItsReportAreReadByIndex() throws Exception {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            // Enough old rows that the optimizer's choice is the one it makes on a real list.
            if ((Long) rows(c, "select count(*) as n from statement_import where file_name like 'it-plan-%'").get(0)
                    .get("n") < 5_000) {
                s.executeUpdate("insert into statement_import (id, file_name, profile, bad_line_policy, source,"
                        + " started_by, started_at, updated_at, state, size_bytes)"
                        + " select nextval(statement_import_seq), concat('it-plan-', n.seq), 'unionpay-acomn',"
                        + " 'ALL_OR_NOTHING', 'UPLOAD', 'it', timestamp'2000-01-01 00:00:00' + interval n.seq minute,"
                        + " timestamp'2000-01-01 00:00:00', 'REJECTED', 0 from seq_1_to_5000 n");
            }
            s.execute("analyze table statement_import persistent for all");
            for (String sql : List.of(ImportRecords.listSql(false, 26), ImportRecords.listSql(true, 26)
                    .replaceFirst("\\?", "timestamp'2000-01-02 00:00:00'")
                    .replaceFirst("\\?", "timestamp'2000-01-02 00:00:00'").replaceFirst("\\?", "1"))) {
                List<Map<String, Object>> plan = rows(c, "explain " + sql);
                Map<String, Object> imports = plan.stream().filter(r -> "i".equals(r.get("table"))).findFirst()
                        .orElseThrow();
                assertThat(imports.get("key")).as(plan.toString()).isEqualTo("ix_statement_import_started");
                assertThat(String.valueOf(imports.get("Extra"))).as(plan.toString()).doesNotContain("filesort");
                assertThat(plan.stream().filter(r -> "s".equals(r.get("table"))).findFirst().orElseThrow().get("type"))
                        .isEqualTo("eq_ref");
            }
            assertThat(rows(c, "explain select line_number, field, reason from statement_import_problem"
                    + " where import_id = 1 order by line_number").get(0).get("key")).isEqualTo("PRIMARY");
            // An existing hash: for an absent one MariaDB answers "impossible WHERE" without naming a key.
            importAs(CSV, "plan-" + rrn() + ".csv", new DelimitedWriter(profile(CSV)).encode(List.of(
                    new DelimitedWriter(profile(CSV)).header()), "\n"), null);
            Object hash = rows(c, "select content_hash from statement limit 1").get(0).get("content_hash");
            assertThat(rows(c, "explain select id from statement where content_hash = '" + hash + "'").get(0)
                    .get("key")).isEqualTo("uq_statement_content_hash");
        }
    }

    private ImportView importAs(String profile, String name, byte[] content, LocalDate clearing) throws Exception {
        Path file = Files.createTempFile("statement-it", ".bin");
        try {
            Files.write(file, content);
            return asAgent.call(() -> imports.importFile(profile, name, file, clearing, "192.0.2.7"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private StatementProfile profile(String name) {
        return profiles.find(name).orElseThrow();
    }

    private String rrn() {
        return "%012d".formatted(Math.floorMod(random.nextLong(), 1_000_000_000_000L));
    }

    /** A random card number that passes the Luhn check, so the card-data scanner would see it. */
    private String luhnPan(String bin) {
        StringBuilder pan = new StringBuilder(bin);
        while (pan.length() < 15) {
            pan.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (CardDataScanner.luhnValid(pan.toString() + check)) {
                return pan.append(check).toString();
            }
        }
        throw new IllegalStateException();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    /** A zip as Chinese acquirers write it: the entry name in GBK, without the UTF-8 flag. */
    private static byte[] zip(String entry, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, Charset.forName("GBK"))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(meta.getColumnLabel(i), v instanceof java.sql.Timestamp t ? t.toLocalDateTime() : v);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
