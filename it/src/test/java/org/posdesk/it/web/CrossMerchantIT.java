package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.posdesk.it.CardDataScanner;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Every page, export and REST resource that takes an id, asked by merchant B for merchant A's
 * things, over real HTTP with B's real session or credentials: nothing of A comes back. Each URL
 * is first asked by A, who must see the thing — so a URL that shows nobody anything (a wrong path,
 * a renamed parameter) fails here instead of passing for the wrong reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossMerchantIT {

    private static final String PASSWORD_A = "it-cross-password-a";
    private static final String PASSWORD_B = "it-cross-password-b";
    private static final String CASE_ORDER_A = "XA-CASE-ORDER-7";
    private static final String ALERT_A = "Cross A open alert";
    private static final String WEBHOOK_A = "https://cross-a.example.invalid/posdesk-alerts";

    private TestTenant a;
    private String tidA;
    private String rrnA;
    private long transactionA;
    private long batchA;
    private long orderA;
    private String orderNumberA;
    private long caseA;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeEach
    void tenants() throws SQLException {
        try (Connection c = Database.connect()) {
            a = TestTenant.ensure(c, "XA", "跨商户测试甲 Cross A", 1, 1, 2, "it-cross-a", PASSWORD_A);
            TestTenant.ensure(c, "XB", "跨商户测试乙 Cross B", 1, 1, 2, "it-cross-b", PASSWORD_B);
            tidA = a.tids.get(0);
            transactionA = longValue(c, "select max(id) from card_transaction where tid = ?", tidA);
            rrnA = text(c, "select rrn from card_transaction where id = ?", transactionA);
            batchA = ensureBatch(c);
            orderNumberA = "XA-ORDER-1";
            orderA = ensureOrder(c);
            caseA = ensureCase(c);
            ensureAlertAndWebhook(c);
        }
    }

    @Test
    void merchantBGetsNothingOfMerchantAFromAnyPageOrExport() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("transaction.xhtml?id=" + transactionA, rrnA);
        pages.put("transaction-slip.xhtml?id=" + transactionA, rrnA);
        pages.put("transactions.xhtml?tid=" + tidA, rrnA);
        pages.put("terminal.xhtml?tid=" + tidA, "SN-" + tidA);
        pages.put("batch.xhtml?id=" + batchA, tidA);
        pages.put("batches.xhtml?tid=" + tidA, "batch.xhtml?id=" + batchA);
        pages.put("order.xhtml?id=" + orderA, orderNumberA);
        pages.put("orders.xhtml", orderNumberA);
        pages.put("terminals/export.csv?status=ALL", tidA);
        pages.put("case.xhtml?id=" + caseA, CASE_ORDER_A);
        pages.put("cases.xhtml", "case.xhtml?id=" + caseA);
        pages.put("anomaly-settings.xhtml?merchant=" + a.merchantId, a.merchantName);
        pages.put("alerts.xhtml", ALERT_A);
        pages.put("alerts/export.csv?state=&kind=", ALERT_A);
        pages.put("webhooks.xhtml", WEBHOOK_A);

        String sessionA = signIn("it-cross-a", PASSWORD_A);
        String sessionB = signIn("it-cross-b", PASSWORD_B);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> mine = get(page.getKey(), "Cookie", sessionA);
            assertThat(mine.body()).as("merchant A's own " + page.getKey()).contains(page.getValue());
            CardDataScanner.assertCleanPage(page.getKey(), mine.body());

            HttpResponse<String> theirs = get(page.getKey(), "Cookie", sessionB);
            assertThat(theirs.body()).as("merchant B asking for " + page.getKey())
                    .doesNotContain(page.getValue()).doesNotContain(a.merchantName);
            // Still signed in, answered (an error page is an answer), not sent back to the login page.
            assertThat(theirs.body()).as(page.getKey()).doesNotContain("login-form");
            assertThat(theirs.statusCode()).as(page.getKey()).isIn(200, 403, 404);
        }
    }

    @Test
    void aMerchantUserGetsNoneOfTheStaffPagesOrTheirDownloads() throws Exception {
        String session = signIn("it-cross-b", PASSWORD_B);
        for (String page : List.of("audit.xhtml", "jobs.xhtml", "backups.xhtml", "statements.xhtml", "users.xhtml",
                "audit/export.csv", "backups/export.csv", "statements/export.csv")) {
            HttpResponse<String> response = get(page, "Cookie", session);
            assertThat(response.statusCode()).as(page).isIn(403, 404);
            assertThat(response.body()).as(page).doesNotContain("<table").doesNotContain("login-form");
        }
    }

    @Test
    void merchantBGetsNothingOfMerchantAFromTheApi() throws Exception {
        String basicA = basic("it-cross-a", PASSWORD_A);
        String basicB = basic("it-cross-b", PASSWORD_B);
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("api/orders/" + orderNumberA, orderNumberA);
        resources.put("api/transactions?tid=" + tidA, rrnA);
        resources.put("api/transactions?rrn=" + rrnA, tidA);
        resources.put("api/transactions/export?tid=" + tidA, rrnA);

        for (Map.Entry<String, String> resource : resources.entrySet()) {
            HttpResponse<String> mine = get(resource.getKey(), "Authorization", basicA);
            assertThat(mine.statusCode()).as("merchant A's own " + resource.getKey()).isEqualTo(200);
            assertThat(mine.body()).contains(resource.getValue());
            CardDataScanner.assertClean(resource.getKey(), mine.body());

            HttpResponse<String> theirs = get(resource.getKey(), "Authorization", basicB);
            assertThat(theirs.body()).as("merchant B asking for " + resource.getKey())
                    .doesNotContain(resource.getValue());
            assertThat(theirs.statusCode()).as(resource.getKey()).isIn(200, 404);
        }
        assertThat(get("api/transactions", "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("it-cross-b:wrong".getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
    }

    /** Signs in through the real login page and hands back the session cookie for plain HTTP. */
    private String signIn(String user, String password) {
        try (Browser browser = new Browser()) {
            browser.open(url("dashboard.xhtml"));
            browser.type("#username", user);
            browser.type("#password", password);
            browser.clickAndWaitForPage("#sign-in");
            browser.find("#count-terminals");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).as("session cookie of " + user).isNotNull();
            return "JSESSIONID=" + session.getValue();
        }
    }

    /** GET with the caller's session or credentials, following redirects (to an error page) with them. */
    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        URI uri = URI.create(url(path));
        for (int hop = 0; ; hop++) {
            HttpRequest request = HttpRequest.newBuilder(uri).header(header, value)
                    .header("Accept-Language", "zh-CN").GET().build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty() || hop == 3) {
                return response;
            }
            uri = uri.resolve(location.get());
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private long ensureBatch(Connection c) throws SQLException {
        long terminal = longValue(c, "select id from terminal where tid = ?", tidA);
        long existing = longValue(c, "select coalesce(max(id), 0) from batch where terminal_id = ? and batch_number = 1",
                terminal);
        if (existing != 0) {
            return existing;
        }
        long id = longValue(c, "select nextval(batch_seq)");
        update(c, "insert into batch (id, merchant_id, terminal_id, batch_number, state, opened_at, currency)"
                + " values (?, ?, ?, 1, 'OPEN', ?, '156')", id, a.merchantId, terminal, Timestamp.from(Instant.now()));
        return id;
    }

    /** A missing-order case merchant A reported, with an order number only A's pages may show. */
    private long ensureCase(Connection c) throws SQLException {
        long existing = longValue(c, "select coalesce(max(id), 0) from missing_order_case where opening_key = ?",
                "IT:" + CASE_ORDER_A);
        if (existing != 0) {
            return existing;
        }
        long id = longValue(c, "select nextval(missing_order_case_seq)");
        Timestamp now = Timestamp.from(Instant.now());
        update(c, "insert into missing_order_case (id, merchant_id, store_id, terminal_id, order_number,"
                        + " claimed_amount_minor, currency, claimed_time, state, active, source, opened_by, opened_at,"
                        + " sla_due_at, opening_key) select ?, merchant_id, store_id, id, ?, 12800, '156', ?, 'OPEN', true,"
                        + " 'MERCHANT_REPORT', 'it-cross-a', ?, ?, ? from terminal where tid = ?",
                id, CASE_ORDER_A, now, now, Timestamp.from(Instant.now().plusSeconds(86_400)), "IT:" + CASE_ORDER_A, tidA);
        return id;
    }

    /** An open alert of A's, and a webhook of A's (off: it has no real secret to sign with). */
    private void ensureAlertAndWebhook(Connection c) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        if (longValue(c, "select count(*) from alert where kind = 'RECONCILIATION_DISCREPANCIES'"
                + " and cause_key = 'cross-merchant-it'") == 0) {
            update(c, "insert into alert (id, merchant_id, kind, cause_key, message, first_raised_at, last_raised_at,"
                    + " occurrences, state) values (?, ?, 'RECONCILIATION_DISCREPANCIES', 'cross-merchant-it', ?, ?, ?,"
                    + " 1, 'OPEN')", longValue(c, "select nextval(alert_seq)"), a.merchantId, ALERT_A, now, now);
        }
        update(c, "update alert set state = 'OPEN', last_raised_at = ? where kind = 'RECONCILIATION_DISCREPANCIES'"
                + " and cause_key = 'cross-merchant-it'", now);
        if (longValue(c, "select count(*) from webhook where merchant_id = ? and url = ?", a.merchantId, WEBHOOK_A) == 0) {
            update(c, "insert into webhook (id, merchant_id, url, enabled, secret_enc, created_at, created_by)"
                    + " values (?, ?, ?, false, x'00', ?, 'it')", longValue(c, "select nextval(webhook_seq)"),
                    a.merchantId, WEBHOOK_A, now);
        }
    }

    private long ensureOrder(Connection c) throws SQLException {
        long existing = longValue(c, "select coalesce(max(id), 0) from merchant_order where merchant_id = ?"
                + " and order_number = ?", a.merchantId, orderNumberA);
        if (existing != 0) {
            update(c, "update merchant_order set status = 'UNPAID', source = 'CSV' where id = ?", existing);
            return existing;
        }
        long id = longValue(c, "select nextval(merchant_order_seq)");
        Timestamp now = Timestamp.from(Instant.now());
        update(c, "insert into merchant_order (id, merchant_id, order_number, amount_minor, currency, status, source,"
                + " created_at, updated_at) values (?, ?, ?, 12800, '156', 'UNPAID', 'CSV', ?, ?)", id, a.merchantId,
                orderNumberA, now, now);
        return id;
    }

    private static long longValue(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    @SuppressWarnings("unused")
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
