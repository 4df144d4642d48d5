package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.posdesk.it.reconciliation.ReconFixture.line;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.reconciliation.ReconFixture;

/**
 * An administrator, in a real browser: a statement is waiting (imported: rows in the database),
 * they run the reconciliation job from the jobs page, find the amount mismatch it found on the
 * discrepancy queue, and turn it into a case; pausing a job asks for confirmation first. The
 * runs page shows the run with its reconciled share.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationJourneyIT {

    private static final String ADMIN = "it-recon-web-admin";
    private static final String ADMIN_PASSWORD = "it-recon-web-secret-1";
    private static final String ADMIN_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    private Browser browser;
    private TestTenant tenant;

    @BeforeEach
    void setUp() throws Exception {
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "RW", "对账旅程商户 Recon journey", 1, 1, 0, "it-recon-web-m", "it-recon-web-m-1");
            TestTenant.ensureStaff(c, ADMIN, ADMIN_PASSWORD, "ADMIN");
            TestTenant.enrolSecondFactor(c, ADMIN, ADMIN_SECRET, List.of());
            ReconFixture.clear(c, tenant.merchantId, tenant.tids);
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void runTheMatchFromTheJobsPageThenTurnTheDiscrepancyIntoACase() throws Exception {
        String tid = tenant.tids.get(0);
        LocalDate day = LocalDate.of(2026, 4, 2);
        LocalDateTime morning = day.atTime(9, 30);
        long statement;
        long runsBefore;
        long batchId;
        try (Connection c = Database.connect()) {
            batchId = ReconFixture.batch(c, tid, 1, "BALANCED", Instant.parse("2026-04-02T00:30:00Z"));
            ReconFixture.entry(c, tid, 1, 1, "RW0000000001", "SALE", "APPROVED", 1200, morning, null);
            ReconFixture.entry(c, tid, 1, 2, "RW0000000002", "SALE", "APPROVED", 3400, morning.plusMinutes(9), null);
            statement = ReconFixture.statement(c, day, List.of(
                    line(tid, "SALE", 1200, morning).rrn("RW0000000001").trace(1),
                    line(tid, "SALE", 3401, morning.plusMinutes(9)).rrn("RW0000000002").trace(2)));
            runsBefore = ReconFixture.count(c, "select coalesce(max(runs), 0) from job_run where name = 'reconciliation'");
        }
        signIn();

        browser.open(app("jobs.xhtml"));
        assertThat(browser.attribute("tr span[data-job='reconciliation']", "data-job")).isEqualTo("reconciliation");
        rowButton("reconciliation", "pd-run-now").click();
        browser.find("#jobs-messages .ui-messages-info");
        await("the job ran", () -> dbCount("select coalesce(max(runs), 0) from job_run where name = 'reconciliation'")
                > runsBefore && dbCount("select count(*) from statement where id = ? and state = 'MATCHED'", statement) == 1);
        browser.screenshot("jobs-ran");

        browser.open(app("discrepancies.xhtml"));
        By row = By.xpath("//tr[.//span[@class='pd-tid' and text()='" + tid + "']]");
        assertThat(browser.driver().findElements(row)).hasSize(1);
        assertThat(browser.driver().findElement(row).findElement(By.cssSelector(".pd-outcome"))
                .getAttribute("data-outcome")).isEqualTo("AMOUNT_MISMATCH");
        browser.screenshot("discrepancy-queue");
        browser.driver().findElement(row).findElement(By.cssSelector(".pd-open-case")).click();
        browser.find("#confirm-yes").click();
        browser.find("#discrepancies-messages .ui-messages-info");
        await("gone from the open queue", () -> browser.driver().findElements(row).isEmpty());

        long caseId = dbCount("select case_id from reconciliation_discrepancy where statement_id = ?"
                + " and state = 'CASE_OPENED' and tid = ?", statement, tid);
        assertThat(caseId).isPositive();
        assertThat(dbCount("select count(*) from missing_order_case where id = ? and source = 'RECONCILIATION'"
                + " and opened_by = ? and claimed_amount_minor = 3401 and merchant_id = ?", caseId, ADMIN,
                tenant.merchantId)).isEqualTo(1);
        assertThat(dbCount("select count(*) from audit_entry where username = ? and event = 'DISCREPANCY_CASE'"
                + " and target_type = 'discrepancy' and detail = ?", ADMIN, "case " + caseId)).isEqualTo(1);
        assertThat(dbCount("select count(*) from audit_entry where username = ? and event = 'JOB_RUN_NOW'"
                + " and target_id = 'reconciliation'", ADMIN)).isPositive();
        assertThat(dbCount("select count(*) from batch b join terminal t on t.id = b.terminal_id where t.tid = ?"
                + " and b.state = 'DISCREPANT'", tid)).as("the case is not resolved yet").isEqualTo(1);

        browser.open(app("discrepancies.xhtml"));
        browser.find("#filter-state");
        new org.openqa.selenium.support.ui.Select(browser.find("#filter-state")).selectByValue("CASE_OPENED");
        browser.find("#filter-apply").click();
        await("shown among those turned into a case", () -> !browser.driver().findElements(
                By.cssSelector(".pd-case[data-case='" + caseId + "']")).isEmpty());

        // The batch page now has the acquirer's side: both lines, at the acquirer's amounts.
        browser.open(app("batch.xhtml?id=" + batchId));
        assertThat(browser.texts("#batch-totals td[data-col='acquirer']")).startsWith("2", "46.01");

        browser.open(app("reconciliation.xhtml"));
        assertThat(browser.pageSource()).contains("IND" + day + "-" + statement + "ACOMN");
        browser.screenshot("reconciliation-runs");
    }

    @Test
    void pausingAJobAsksFirstAndIsAudited() throws Exception {
        String audited = "select count(*) from audit_entry where username = ? and event in ('JOB_PAUSE', 'JOB_RESUME')"
                + " and target_id = 'daily-summary'";
        long before = dbCount(audited, ADMIN);
        signIn();
        browser.open(app("jobs.xhtml"));
        rowButton("daily-summary", "pd-pause").click();
        browser.find("#confirm-no").click();
        assertThat(browser.attribute("tr:has(span[data-job='daily-summary']) .pd-job-state", "data-paused"))
                .isEqualTo("false");

        rowButton("daily-summary", "pd-pause").click();
        browser.find("#confirm-yes").click();
        await("paused", () -> "true".equals(pausedShown("daily-summary")));
        rowButton("daily-summary", "pd-resume").click();
        await("resumed", () -> "false".equals(pausedShown("daily-summary")));
        assertThat(dbCount(audited, ADMIN)).as("the cancelled pause is not").isEqualTo(before + 2);
    }

    private String pausedShown(String job) {
        try {
            return browser.attribute("tr:has(span[data-job='" + job + "']) .pd-job-state", "data-paused");
        } catch (RuntimeException e) {
            return null; // replaced by the update under our hands
        }
    }

    private org.openqa.selenium.WebElement rowButton(String job, String cssClass) {
        return browser.driver().findElement(By.xpath("//tr[.//span[@data-job='" + job + "']]//button[contains(@class,'"
                + cssClass + "')]"));
    }

    private void signIn() {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", ADMIN);
        browser.type("#password", ADMIN_PASSWORD);
        browser.clickAndWaitForPage("#sign-in");
        browser.type("#code", org.posdesk.domain.user.Totp.code(org.posdesk.domain.user.Base32.decode(ADMIN_SECRET),
                org.posdesk.domain.user.Totp.stepAt(Instant.now()), org.posdesk.domain.user.Totp.DIGITS));
        browser.clickAndWaitForPage("#verify-code");
        browser.find("#user-name");
    }

    private void await(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(what)
                .until(d -> condition.getAsBoolean());
    }

    private static long dbCount(String sql, Object... args) {
        try (Connection c = Database.connect()) {
            return ReconFixture.count(c, sql, args);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }
}
