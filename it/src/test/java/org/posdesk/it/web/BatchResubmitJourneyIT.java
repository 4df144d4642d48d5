package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.it.CardDataScanner;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TerminalFleet;
import org.posdesk.it.TestTenant;

/**
 * A merchant finds the batch a terminal left incomplete and has it uploaded again, in a real
 * browser against simulated terminals in their own process: the terminals end a day with an
 * upload one record short, stay online, and the merchant opens the board, follows the
 * "upload incomplete" card to the batch, confirms Resubmit and watches the page go from queued to
 * done as the terminal answers command 361 and uploads the batch again. Another merchant gets
 * "not found" for the same page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchResubmitJourneyIT {

    private static final String USER = "it-batch-journey";
    private static final String PASSWORD = "it-batch-journey-1";
    private static final String OTHER_USER = "it-batch-journey-other";
    private static final String OTHER_PASSWORD = "it-batch-journey-2";
    private static final List<String> ORDER = List.of("QUEUED", "SENT", "UPLOADING", "DONE");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    private Browser browser;
    private TestTenant mine;

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = Database.connect()) {
            mine = TestTenant.ensure(c, "BJ", "批次旅程商户 Journey merchant", 1, 2, 0, USER, PASSWORD);
            TestTenant.ensure(c, "BK", "Other journey merchant", 1, 1, 0, OTHER_USER, OTHER_PASSWORD);
            // A command an earlier, interrupted run left waiting would go out first and is not this test's.
            for (String tid : mine.tids) {
                update(c, "update terminal_command set state = 'REFUSED', response_code = 'IT'"
                        + " where tid = ? and state in ('PENDING', 'SENT')", tid);
            }
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void findTheIncompleteBatchAndResubmitItWatchingItComplete() throws Exception {
        // The second terminal: in --live the first one goes offline for two minutes of every ten.
        String tid = mine.tids.get(1);
        int batch = unusedBatch();
        TerminalFleet fleet = new TerminalFleet("batch-journey");
        List<String> terminals = List.of("--mid", "ITBJ00000000000", "--tid-prefix", "BJ0001", "--terminals", "2",
                "--seed", "23", "--first-batch", String.valueOf(batch));

        TerminalFleet.Result day = fleet.run(args(terminals, "--scenario", "incomplete-upload", "--sales", "6",
                "--heartbeat", "2", "--pause-ms", "5"));
        assertThat(day.exitCode()).as(day.output()).isZero();
        assertThat(batchState(tid, batch)).isEqualTo("UPLOAD_INCOMPLETE");
        await("the day's connections closed", Duration.ofSeconds(10), () -> !connected(tid));

        TerminalFleet.Running live = fleet.start(args(terminals, "--live", "--heartbeat", "1"));
        try {
            await("terminal " + tid + " back online", Duration.ofSeconds(20), () -> connected(tid));
            signIn(USER, PASSWORD);

            browser.open(app("batches.xhtml"));
            assertThat(Long.parseLong(browser.text("#card-UPLOAD_INCOMPLETE .pd-state-card-count")))
                    .isGreaterThanOrEqualTo(2);
            browser.screenshot("batches-board");
            browser.clickAndWaitForPage("#card-UPLOAD_INCOMPLETE");
            assertThat(browser.currentUrl()).contains("state=UPLOAD_INCOMPLETE");
            assertThat(browser.driver().findElements(By.cssSelector("a.pd-batch-link")))
                    .allSatisfy(link -> assertThat(link.getAttribute("data-state")).isEqualTo("UPLOAD_INCOMPLETE"));
            browser.clickAndWaitForPage("a.pd-batch-link[data-tid='" + tid + "'][data-batch='" + batch + "']");

            assertThat(browser.find("#batch-state").getAttribute("data-state")).isEqualTo("UPLOAD_INCOMPLETE");
            assertThat(browser.text("#upload-received")).isEqualTo("5");
            assertThat(browser.text("#upload-announced")).isEqualTo("6");
            assertThat(browser.text("#acquirer-none")).isNotBlank();
            assertThat(browser.find("#resubmit-button").isEnabled()).isTrue();
            browser.screenshot("batch-incomplete");

            browser.find("#resubmit-button").click();
            browser.find("#confirm-yes").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("resubmit-confirm")));
            List<String> seen = watchProgress(Duration.ofSeconds(45), live);
            browser.screenshot("batch-resubmitted");
            System.out.printf("BatchResubmitJourneyIT: %s batch %d, progress seen on the page %s%n", tid, batch, seen);

            assertThat(seen).last().isEqualTo("DONE");
            assertThat(ORDER).containsSubsequence(seen);
            assertThat(browser.find("#batch-state").getAttribute("data-state")).isEqualTo("UPLOADED");
            assertThat(browser.text("#upload-received")).isEqualTo("6");
            assertThat(browser.has("#resubmit-refusal")).isTrue();
            assertThat(browser.find("#resubmit-button").isEnabled()).isFalse();
            assertThat(historyStates()).containsSubsequence("UPLOAD_INCOMPLETE", "RESUBMIT_PENDING", "UPLOADING",
                    "UPLOADED");
            assertThat(batchState(tid, batch)).isEqualTo("UPLOADED");
            long batchId = count("select b.id from batch b join terminal t on t.id = b.terminal_id"
                    + " where t.tid = ? and b.batch_number = ?", tid, batch);
            assertThat(browser.currentUrl()).endsWith("batch.xhtml?id=" + batchId);
            // Audited once, as done, with the browser's address as its origin.
            assertThat(count("select count(*) from audit_entry where username = ? and event = 'BATCH_RESUBMIT'"
                    + " and outcome = 'SUCCESS' and origin = '127.0.0.1' and target_type = 'batch' and target_id = ?",
                    USER, String.valueOf(batchId))).isEqualTo(1);

            browser.clickAndWaitForPage("#lang-en");
            assertThat(browser.text("#batch-number")).as("the same batch in English").isEqualTo(String.valueOf(batch));
            assertThat(browser.text("#batch-state")).isEqualTo("Uploaded");
            assertThat(browser.text("#resubmit-status")).isEqualTo("The batch has been uploaded completely.");
        } finally {
            live.stop();
        }
        TerminalFleet.Result verify = fleet.verify();
        assertThat(verify.output()).contains("lost=0 doubled=0 mismatched=0");
    }

    @Test
    void anotherMerchantCannotOpenTheBatchPage() throws Exception {
        long batchId = count("select min(b.id) from batch b join terminal t on t.id = b.terminal_id where t.tid = ?",
                mine.tids.get(0));
        if (batchId == 0) {
            batchId = insertOpenBatch(mine.tids.get(0), 1);
        }
        signIn(OTHER_USER, OTHER_PASSWORD);

        browser.open(app("batch.xhtml?id=" + batchId));
        assertThat(browser.find("#error-404").isDisplayed()).isTrue();
        assertThat(browser.has("#batch-state")).isFalse();
        assertThat(browser.has("#resubmit-button")).isFalse();
        assertThat(browser.pageSource()).doesNotContain(mine.tids.get(0)).doesNotContain("批次旅程商户");
        String foreign = browser.text("#error-404");
        browser.open(app("batch.xhtml?id=" + (Long.MAX_VALUE - 11)));
        assertThat(browser.text("#error-404")).as("the same answer as for a batch that does not exist")
                .isEqualTo(foreign);

        browser.open(app("batches.xhtml?tid=" + mine.tids.get(0)));
        assertThat(browser.has("#batches-empty")).isTrue();
        assertThat(browser.has("a.pd-batch-link")).isFalse();
    }

    @Test
    void theBoardExportsExactlyTheRowsItSelects() throws Exception {
        String tid = "BK000101";
        insertOpenBatch(tid, 999001);
        insertOpenBatch(tid, 999002);
        signIn(OTHER_USER, OTHER_PASSWORD);

        browser.open(app("batches.xhtml?tid=" + tid));
        List<String> shown = browser.driver().findElements(By.cssSelector("a.pd-batch-link")).stream()
                .map(link -> link.getAttribute("data-batch")).toList();
        // The export button posts the form and gets a file back: post it the same way, in the
        // page's session, and read the file.
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('batch-list');
                const data = new URLSearchParams(new FormData(form));
                data.append('export-csv', 'export-csv');
                fetch(form.action, {method: 'POST', body: data}).then(r => r.text()).then(done);
                """);
        List<String> lines = csv.lines().toList();
        CardDataScanner.assertClean("batch board export", csv);

        assertThat(shown).contains("999001", "999002");
        // fetch's text() drops the byte-order mark the file starts with for spreadsheet programs.
        assertThat(lines.get(0).replace("\uFEFF", "")).startsWith("终端号,门店,批次号,状态");
        assertThat(lines.subList(1, lines.size())).hasSize(shown.size())
                .allSatisfy(line -> assertThat(line).startsWith(tid + ","));
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",")[2])
                .containsExactlyElementsOf(shown);
    }

    // ---------------------------------------------------------------- helpers

    /** Reads the progress the page shows, as its poll updates it, until it is done or failed. */
    private List<String> watchProgress(Duration timeout, TerminalFleet.Running sim) throws Exception {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("resubmit-progress")));
        while (System.nanoTime() < deadline) {
            String progress = progressShown();
            if (progress != null && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(progress))) {
                seen.add(progress);
            }
            if ("DONE".equals(progress) || "FAILED".equals(progress)) {
                return seen;
            }
            if (!sim.isAlive()) {
                throw new AssertionError("simulator exited; page showed " + seen + "\n" + sim.output());
            }
            Thread.sleep(150);
        }
        throw new AssertionError("the page did not reach done in " + timeout.toSeconds() + " s; it showed " + seen);
    }

    private String progressShown() {
        try {
            List<WebElement> found = browser.driver().findElements(By.id("resubmit-progress"));
            return found.isEmpty() ? null : found.get(0).getAttribute("data-progress");
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return null; // the poll replaced it under our hands; read again
        }
    }

    private List<String> historyStates() {
        return browser.driver().findElements(By.cssSelector(".pd-history-to")).stream()
                .map(e -> e.getAttribute("data-state")).toList();
    }

    private void signIn(String user, String password) {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickAndWaitForPage("#sign-in");
        browser.find("#user-name");
    }

    private int unusedBatch() throws SQLException {
        long highest = 0;
        for (String tid : mine.tids) {
            highest = Math.max(highest, count("select coalesce(max(batch_number), 0) from card_transaction where tid = ?", tid));
            highest = Math.max(highest, count("select coalesce(max(b.batch_number), 0) from batch b join terminal t"
                    + " on t.id = b.terminal_id where t.tid = ?", tid));
            highest = Math.max(highest, count("select current_batch_number from terminal where tid = ?", tid));
        }
        return (int) highest + 1;
    }

    /** An OPEN batch with this number, unless the terminal has it already; its id. */
    private static long insertOpenBatch(String tid, int number) throws SQLException {
        try (Connection c = Database.connect()) {
            long existing = count(c, "select b.id from batch b join terminal t on t.id = b.terminal_id"
                    + " where t.tid = ? and b.batch_number = ?", tid, number);
            if (existing != 0) {
                return existing;
            }
            long id = count(c, "select nextval(batch_seq)");
            update(c, "insert into batch (id, merchant_id, terminal_id, batch_number, state, opened_at, currency)"
                    + " select ?, merchant_id, id, ?, 'OPEN', now(3), 'CNY' from terminal where tid = ?", id, number, tid);
            return id;
        }
    }

    private static String batchState(String tid, int batch) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "select b.state from batch b join terminal t on t.id = b.terminal_id where t.tid = ? and b.batch_number = ?")) {
            s.setString(1, tid);
            s.setInt(2, batch);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static boolean connected(String tid) throws SQLException {
        return count("select connected from terminal where tid = ?", tid) != 0;
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(String what, Duration timeout, Condition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private static String[] args(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = Database.connect()) {
            return count(c, sql, args);
        }
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
