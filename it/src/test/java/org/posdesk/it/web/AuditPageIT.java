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
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The audit trail page in a real browser: an administrator filters it, exports exactly what the
 * filters select (and that export is itself on record, with the browser's address), and checks
 * the chain; a merchant user sees no menu entry and is refused the page, its CSV and the verify
 * action.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPageIT {

    private static final String MERCHANT = "it-audit-web-merchant";
    private static final String MERCHANT_PASSWORD = "it-audit-web-secret-1";
    private static final String ADMIN = "it-audit-web-admin";
    private static final String ADMIN_PASSWORD = "it-audit-web-secret-2";
    private static final String ADMIN_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

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
            TestTenant.ensure(c, "AU", "审计测试商户 Audit merchant", 1, 1, 0, MERCHANT, MERCHANT_PASSWORD);
            TestTenant.ensureStaff(c, ADMIN, ADMIN_PASSWORD, "ADMIN");
            // Administrators sign in with a second factor: enrolled afresh, so the current code is unused.
            TestTenant.enrolSecondFactor(c, ADMIN, ADMIN_SECRET, List.of());
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void anAdministratorFiltersExportsAndVerifies() throws Exception {
        // Something of the merchant's to find: a transaction export over the API.
        assertThat(get("/api/transactions/export?from=2001-01-01T00:00&to=2001-01-01T01:00",
                basic(MERCHANT, MERCHANT_PASSWORD), null).statusCode()).isEqualTo(200);
        long newest = count("select max(chain_position) from audit_entry where username = ? and event = ?",
                MERCHANT, "EXPORT_TRANSACTIONS");
        long onRecord = count("select count(*) from audit_entry where username = ? and event = ?",
                MERCHANT, "EXPORT_TRANSACTIONS");

        signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(browser.has("a[href$='/audit.xhtml']")).as("the menu offers the audit trail").isTrue();
        browser.open(app("audit.xhtml"));
        browser.type("#filter-user", MERCHANT);
        browser.type("#filter-event", "EXPORT_TRANSACTIONS");
        browser.find("#filter-apply").click();
        waitUntil(() -> {
            List<String> users = browser.texts("#audit-table .pd-audit-user");
            return !users.isEmpty() && users.stream().allMatch(MERCHANT::equals);
        });
        assertThat(browser.texts("#audit-table .pd-audit-event")).isNotEmpty()
                .allSatisfy(e -> assertThat(e).isEqualTo("EXPORT_TRANSACTIONS"));
        browser.screenshot("audit-filtered");

        String csv = download(browser.attribute("#export-csv", "href"));
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("time,position,user,event,outcome,origin,target_type,target_id,detail");
        // The page's default window is the last week; older runs against this database may lie outside it.
        assertThat(lines.subList(1, lines.size())).hasSizeBetween(1, (int) onRecord)
                .anySatisfy(line -> assertThat(line.split(",")[1]).isEqualTo(Long.toString(newest)))
                .allSatisfy(line -> assertThat(line).contains("," + MERCHANT + ",EXPORT_TRANSACTIONS,SUCCESS,127.0.0.1,"));
        assertThat(count("select count(*) from audit_entry where username = ? and event = 'AUDIT_EXPORT'"
                + " and origin = '127.0.0.1' and detail like ?", ADMIN, "%" + MERCHANT + "%")).isGreaterThanOrEqualTo(1);

        browser.type("#filter-event", "NO_SUCH_EVENT");
        browser.find("#filter-apply").click();
        assertThat(browser.find("#audit-empty").isDisplayed()).isTrue();
        assertThat(browser.has("#audit-table")).isFalse();

        browser.find("#verify-chain").click();
        assertThat(browser.attribute("#verify-report", "data-intact")).isEqualTo("true");
    }

    @Test
    void aMerchantUserCannotOpenTheAuditTrail() throws Exception {
        signIn(MERCHANT, MERCHANT_PASSWORD);
        assertThat(browser.has("a[href$='/audit.xhtml']")).isFalse();

        browser.open(app("audit.xhtml"));
        assertThat(browser.find("#error-403").isDisplayed()).isTrue();
        assertThat(browser.has("#audit-table")).isFalse();
        assertThat(browser.pageSource()).doesNotContain("audit-form");

        assertThat(get("/audit/export.csv", null, cookies()).statusCode()).isIn(403, 404);

        // A download the merchant may make is on record, with the browser's address.
        long before = count("select count(*) from audit_entry where username = ? and event = 'EXPORT_TERMINALS'"
                + " and origin = '127.0.0.1'", MERCHANT);
        HttpResponse<String> terminals = get("/terminals/export.csv", null, cookies());
        assertThat(terminals.statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from audit_entry where username = ? and event = 'EXPORT_TERMINALS'"
                + " and origin = '127.0.0.1'", MERCHANT)).isEqualTo(before + 1);
        HttpResponse<String> verify = get("/api/audit/verify", basic(MERCHANT, MERCHANT_PASSWORD), null);
        assertThat(verify.statusCode()).isIn(403, 404);
        assertThat(verify.body()).doesNotContain("intact");
    }

    private void signIn(String user, String password) {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickAndWaitForPage("#sign-in");
        if (ADMIN.equals(user)) {
            browser.type("#code", org.posdesk.domain.user.Totp.code(
                    org.posdesk.domain.user.Base32.decode(ADMIN_SECRET),
                    org.posdesk.domain.user.Totp.stepAt(java.time.Instant.now()),
                    org.posdesk.domain.user.Totp.DIGITS));
            browser.clickAndWaitForPage("#verify-code");
        }
        browser.find("#user-name");
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }

    private String download(String href) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies())
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("audit.csv");
        assertThat(response.body()).startsWith("\uFEFF");
        return response.body();
    }

    private String cookies() {
        return browser.driver().manage().getCookies().stream()
                .map((Cookie k) -> k.getName() + "=" + k.getValue()).collect(Collectors.joining("; "));
    }

    private HttpResponse<String> get(String path, String authorization, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app(path.substring(1)))).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static long count(String sql, String... args) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
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
