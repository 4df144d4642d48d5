package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The Backups page in a real browser: an administrator finds it in the menu, backs up now after
 * confirming, watches the progress and sees the new backup turn Verified (never before), with its
 * size and times; the CSV lists it; the request is on record with the browser's address. A
 * merchant user has no menu entry and is refused the page and its CSV.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupsPageIT {

    private static final String MERCHANT = "it-backups-web-merchant";
    private static final String MERCHANT_PASSWORD = "it-backups-web-secret-1";
    private static final String ADMIN = "it-backups-web-admin";
    private static final String ADMIN_PASSWORD = "it-backups-web-secret-2";
    private static final String ADMIN_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant.ensure(c, "BW", "备份测试商户 Backup web merchant", 1, 1, 0, MERCHANT, MERCHANT_PASSWORD);
            TestTenant.ensureStaff(c, ADMIN, ADMIN_PASSWORD, "ADMIN");
            TestTenant.enrolSecondFactor(c, ADMIN, ADMIN_SECRET, List.of());
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void anAdministratorBacksUpNowAndSeesItVerified() throws Exception {
        Instant asked = Instant.now().minusMillis(5);
        signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(browser.has("a[href$='/backups.xhtml']")).as("the menu offers the backups").isTrue();
        browser.open(app("backups.xhtml"));
        Set<String> before = new HashSet<>(browser.driver().findElements(By.cssSelector(".pd-backup-file")).stream()
                .map(e -> e.getAttribute("data-file")).toList());

        browser.find("#backup-now").click();
        browser.find("#confirm-yes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("backup-confirm")));
        browser.screenshot("backups-requested");

        // The page polls: the new backup shows up not verified, then settles.
        Set<String> seen = new HashSet<>();
        String file = new WebDriverWait(browser.driver(), Duration.ofMinutes(3), Duration.ofMillis(300))
                .ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#backups-table tbody tr"));
            for (WebElement row : rows) {
                List<WebElement> name = row.findElements(By.cssSelector(".pd-backup-file"));
                if (name.isEmpty() || before.contains(name.get(0).getAttribute("data-file"))) {
                    continue;
                }
                String verification = row.findElement(By.cssSelector("[data-verification]")).getAttribute("data-verification");
                seen.add(verification);
                return "NOT_VERIFIED".equals(verification) ? null : name.get(0).getAttribute("data-file");
            }
            return null;
        });
        browser.screenshot("backups-settled");
        System.out.printf("BackupsPageIT: %s, states seen on the page %s%n", file, seen);
        WebElement row = browser.driver().findElement(By.xpath(
                "//span[@data-file='" + file + "']/ancestor::tr"));
        assertThat(row.findElement(By.cssSelector("[data-verification]")).getAttribute("data-verification"))
                .isEqualTo("VERIFIED");
        assertThat(row.getText()).contains(ADMIN).containsPattern("\\d+\\.\\d (KiB|MiB|B)");
        assertThat(seen).isSubsetOf("NOT_VERIFIED", "VERIFIED");
        assertThat(browser.has("#backup-progress")).as("no progress once settled").isFalse();

        String csv = download(browser.attribute("#export-csv", "href"));
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("started,finished,file,verification,reason");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("," + file + ",VERIFIED,"));

        assertThat(count("select count(*) from audit_entry where username = ? and event = 'BACKUP_REQUESTED'"
                + " and outcome = 'SUCCESS' and origin = '127.0.0.1' and occurred_at >= ?", ADMIN,
                Timestamp.from(asked))).isEqualTo(1);
    }

    @Test
    void aMerchantUserCannotOpenTheBackups() throws Exception {
        signIn(MERCHANT, MERCHANT_PASSWORD);
        assertThat(browser.has("a[href$='/backups.xhtml']")).isFalse();
        browser.open(app("backups.xhtml"));
        assertThat(browser.find("#error-403").isDisplayed()).isTrue();
        assertThat(browser.has("#backups-table")).isFalse();
        assertThat(browser.has("#backup-now")).isFalse();
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(app("backups/export.csv")))
                .header("Cookie", cookies()).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isIn(403, 404);
        assertThat(csv.body()).doesNotContain("posdesk-");
    }

    private void signIn(String user, String password) {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickAndWaitForPage("#sign-in");
        if (ADMIN.equals(user)) {
            browser.type("#code", org.posdesk.domain.user.Totp.code(
                    org.posdesk.domain.user.Base32.decode(ADMIN_SECRET),
                    org.posdesk.domain.user.Totp.stepAt(Instant.now()),
                    org.posdesk.domain.user.Totp.DIGITS));
            browser.clickAndWaitForPage("#verify-code");
        }
        browser.find("#user-name");
    }

    private String download(String href) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies())
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("backups.csv");
        assertThat(response.body()).startsWith("\uFEFF");
        return response.body();
    }

    private String cookies() {
        return browser.driver().manage().getCookies().stream()
                .map((Cookie k) -> k.getName() + "=" + k.getValue()).collect(Collectors.joining("; "));
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }
}
