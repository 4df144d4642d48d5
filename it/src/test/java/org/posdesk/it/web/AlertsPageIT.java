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
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.it.CardDataScanner;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The Alerts and Webhooks pages in a real browser. Merchant A sees its open alert, acknowledges
 * it after confirming (audited, with who and when on the row), finds it under "Acknowledged" and in
 * the CSV; merchant B sees none of A's alerts, on the page or in the CSV. A adds a webhook, sees its
 * secret once, and switches it off after confirming; both changes are audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertsPageIT {

    private static final String USER_A = "it-alerts-web-a";
    private static final String USER_B = "it-alerts-web-b";
    private static final String PASSWORD_A = "it-alerts-web-secret-a";
    private static final String PASSWORD_B = "it-alerts-web-secret-b";
    private static final String AGENT = "it-alerts-web-agent";
    private static final String AGENT_PASSWORD = "it-alerts-web-secret-c";
    private static final String AGENT_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLV";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Browser browser;
    private long alertId;
    private String message;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant a = TestTenant.ensure(c, "AA", "告警测试甲 Alerts A", 1, 1, 0, USER_A, PASSWORD_A);
            TestTenant.ensure(c, "AB", "告警测试乙 Alerts B", 1, 1, 0, USER_B, PASSWORD_B);
            TestTenant.ensureStaff(c, AGENT, AGENT_PASSWORD, "AGENT");
            TestTenant.enrolSecondFactor(c, AGENT, AGENT_SECRET, java.util.List.of());
            // A stamp in base 36: no long digit run that would pass for a card number on the page.
            String stamp = Long.toString(System.nanoTime(), 36);
            message = "AlertsPageIT alert " + stamp;
            alertId = number(c, "select nextval(alert_seq)");
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try (PreparedStatement s = c.prepareStatement("insert into alert (id, merchant_id, terminal_id, kind,"
                    + " cause_key, message, first_raised_at, last_raised_at, occurrences, state) values"
                    + " (?, ?, null, 'RECONCILIATION_DISCREPANCIES', ?, ?, ?, ?, 3, 'OPEN')")) {
                s.setLong(1, alertId);
                s.setLong(2, a.merchantId);
                s.setString(3, "alerts-page-it/" + stamp);
                s.setString(4, message);
                s.setTimestamp(5, Timestamp.from(now.minusSeconds(60)));
                s.setTimestamp(6, Timestamp.from(now));
                s.executeUpdate();
            }
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void aMerchantAcknowledgesItsAlertAndAnotherMerchantSeesNoneOfIt() throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        signIn(USER_A, PASSWORD_A);
        assertThat(browser.has("a[href$='/alerts.xhtml']")).as("the menu offers the alerts").isTrue();
        browser.open(app("alerts.xhtml"));
        String row = "//span[contains(@class,'pd-alert-message') and text()='" + message + "']/ancestor::tr";
        assertThat(browser.driver().findElement(By.xpath(row)).getText()).contains("告警测试甲", "3");
        CardDataScanner.assertCleanPage("alerts.xhtml", browser.pageSource());

        browser.driver().findElement(By.xpath(row + "//button[contains(@class,'pd-history')]")).click();
        browser.find("#delivery-history-empty");

        browser.driver().findElement(By.xpath(row + "//button[contains(@class,'pd-acknowledge')]")).click();
        browser.find("#confirm-yes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.xpath(row)).isEmpty());
        browser.screenshot("alerts-acknowledged");
        assertThat(text("select state from alert where id = ?", alertId)).isEqualTo("ACKNOWLEDGED");
        assertThat(text("select acknowledged_by from alert where id = ?", alertId)).isEqualTo(USER_A);
        assertThat(number("select count(*) from audit_entry where username = ? and event = 'ALERT_ACKNOWLEDGE'"
                + " and target_type = 'alert' and target_id = ? and occurred_at >= ?", USER_A,
                Long.toString(alertId), Timestamp.from(started))).isEqualTo(1);

        browser.driver().findElement(By.cssSelector("#filter-state option[value='ACKNOWLEDGED']")).click();
        browser.find("#filter-apply").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.xpath(row)).isEmpty());
        assertThat(browser.driver().findElement(By.xpath(row)).getText()).contains(USER_A);
        String csv = get(browser.attribute("#export-csv", "href"), cookies());
        assertThat(csv).startsWith("\uFEFFlast_raised,first_raised,kind,state").contains(message)
                .contains("RECONCILIATION_DISCREPANCIES,ACKNOWLEDGED,3");

        browser.close();
        browser = new Browser();
        signIn(USER_B, PASSWORD_B);
        browser.open(app("alerts.xhtml"));
        browser.driver().findElement(By.cssSelector("#filter-state option[value='']")).click();
        browser.find("#filter-apply").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("alerts-empty")).isEmpty());
        assertThat(browser.pageSource()).doesNotContain(message).doesNotContain("告警测试甲");
        String theirs = get(app("alerts/export.csv?state=&kind="), cookies());
        assertThat(theirs).doesNotContain(message).doesNotContain("告警测试甲");
    }

    @Test
    void staffSeeEveryMerchantsOpenAlerts() throws Exception {
        signIn(AGENT, AGENT_PASSWORD);
        browser.type("#code", org.posdesk.domain.user.Totp.code(org.posdesk.domain.user.Base32.decode(AGENT_SECRET),
                org.posdesk.domain.user.Totp.stepAt(Instant.now()), org.posdesk.domain.user.Totp.DIGITS));
        browser.clickAndWaitForPage("#verify-code");
        browser.open(app("alerts.xhtml"));
        String row = "//span[contains(@class,'pd-alert-message') and text()='" + message + "']/ancestor::tr";
        assertThat(browser.driver().findElement(By.xpath(row)).getText()).contains("告警测试甲");
        assertThat(get(browser.attribute("#export-csv", "href"), cookies())).contains(message);
        assertThat(browser.has("a[href$='/webhooks.xhtml']")).as("agents keep no webhooks").isFalse();
    }

    @Test
    void aMerchantAddsAWebhookSeesItsSecretOnceAndSwitchesItOff() throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        String url = "https://hooks.example.invalid/" + Long.toString(System.nanoTime(), 36);
        signIn(USER_A, PASSWORD_A);
        browser.open(app("webhooks.xhtml"));
        browser.type("#webhook-url", "file:///etc/passwd");
        browser.find("#webhook-add").click();
        browser.waitForText(".pd-field-error", "http");
        assertThat(browser.has("#webhook-secret-value")).isFalse();

        browser.type("#webhook-url", url);
        browser.find("#webhook-add").click();
        String secret = browser.find("#webhook-secret-value").getText();
        assertThat(secret).startsWith("whsec_").hasSize(49);
        CardDataScanner.assertCleanPage("webhooks.xhtml", browser.pageSource());
        String row = "//span[contains(@class,'pd-webhook-url') and text()='" + url + "']/ancestor::tr";
        assertThat(browser.driver().findElement(By.xpath(row + "//span[@data-enabled]")).getAttribute("data-enabled"))
                .isEqualTo("true");
        assertThat(number("select count(*) from webhook w join merchant m on m.id = w.merchant_id"
                + " where m.mid = 'ITAA00000000000' and w.url = ? and w.enabled", url)).isEqualTo(1);

        browser.open(app("webhooks.xhtml"));
        assertThat(browser.has("#webhook-secret-value")).as("shown once").isFalse();
        assertThat(browser.pageSource()).doesNotContain(secret);
        browser.driver().findElement(By.xpath(row + "//button")).click();
        browser.find("#confirm-yes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> "false".equals(d.findElement(By.xpath(row + "//span[@data-enabled]"))
                        .getAttribute("data-enabled")));
        assertThat(number("select count(*) from audit_entry where username = ? and event in ('WEBHOOK_CREATE',"
                + " 'WEBHOOK_CHANGE') and target_type = 'webhook' and occurred_at >= ?", USER_A,
                Timestamp.from(started))).isEqualTo(2);
        assertThat(number("select count(*) from audit_entry where detail like ? and occurred_at >= ?",
                "%" + secret.substring(6) + "%", Timestamp.from(started))).as("the secret is not audited").isZero();

        browser.close();
        browser = new Browser();
        signIn(USER_B, PASSWORD_B);
        browser.open(app("webhooks.xhtml"));
        assertThat(browser.pageSource()).doesNotContain(url);
    }

    private void signIn(String user, String password) {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickAndWaitForPage("#sign-in");
        if (!AGENT.equals(user)) {
            browser.find("#user-name");
        }
    }

    private String get(String href, String cookies) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private String cookies() {
        return browser.driver().manage().getCookies().stream()
                .map((Cookie k) -> k.getName() + "=" + k.getValue()).collect(Collectors.joining("; "));
    }

    private static long number(String sql, Object... args) throws SQLException {
        try (Connection c = Database.connect()) {
            return number(c, sql, args);
        }
    }

    private static long number(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String text(String sql, Object... args) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }
}
