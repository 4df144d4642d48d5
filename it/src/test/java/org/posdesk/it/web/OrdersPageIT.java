package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.posdesk.it.CardDataScanner;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.orders.OrderFiles;

/**
 * A merchant imports orders on the orders page in a real browser: a file with one bad row is
 * refused with the row and column shown and nothing imported; the corrected file goes in and
 * its orders are listed, found by number and opened.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersPageIT {

    private static final String USER = "it-web-orders";
    private static final String PASSWORD = "it-web-orders-password-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @TempDir
    Path files;
    private Browser browser;

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant.ensure(c, "OW", "订单页测试商户 Orders merchant", 2, 1, 0, USER, PASSWORD);
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndTheCorrectedFileImportsAll() throws Exception {
        String p = OrderFiles.freshPrefix("W");
        Path bad = write("bad.csv", OrderFiles.HEADER
                + p + "-1,S1,12.50,CNY,\n"
                + p + "-2,S2,12，50,CNY,\n"
                + p + "-3,S2,8.00,,\n");
        Path good = write("good.csv", OrderFiles.HEADER
                + p + "-1,S1,12.50,CNY,\n"
                + p + "-2,S2,12.50,CNY,\n"
                + p + "-3,S2,8.00,,\n");
        signIn();
        browser.open(app("orders.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("订单");

        upload(bad);
        browser.find("#import-refused");
        assertThat(browser.text(".pd-problem-row")).isEqualTo("3");
        assertThat(browser.text(".pd-problem-column")).isEqualTo("amount");
        assertThat(browser.text(".pd-problem-text")).contains("金额", "12，50");
        assertThat(stored(p)).isZero();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('import-report').scrollIntoView()");
        browser.screenshot("orders-import-refused");

        upload(good);
        browser.find("#import-success");
        assertThat(browser.text("#import-success")).contains("good.csv", "3");
        assertThat(stored(p)).isEqualTo(3);

        browser.type("#f-number", p);
        browser.find("#orders-search").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    java.util.List<org.openqa.selenium.WebElement> links = d.findElements(By.cssSelector(".pd-order-link"));
                    return links.size() == 3 && links.stream().allMatch(e -> e.getText().startsWith(p));
                });
        // Read with retries: the count beside the table re-renders the region once more.
        assertThat(browser.texts(".pd-order-link")).containsExactly(p + "-3", p + "-2", p + "-1");
        assertThat(browser.text("#orders-count")).contains("3");
        browser.screenshot("orders-imported");
        java.util.List<String> exported = exportedCsv().lines().toList();
        assertThat(exported).hasSize(4);
        assertThat(exported.get(0)).isEqualTo("\uFEFF订单号,门店,金额,币种,状态,来源,下单时间,提示");
        assertThat(exported.get(1)).startsWith(csvLine(p + "-3", "S2", "8.00")).endsWith(",");
        assertThat(exported.get(2)).startsWith(csvLine(p + "-2", "S2", "12.50"));
        assertThat(exported.get(3)).startsWith(csvLine(p + "-1", "S1", "12.50"));

        browser.clickAndWaitForPage("a.pd-order-link");
        assertThat(browser.text("#order-number")).isEqualTo(p + "-3");
        assertThat(browser.text("#order-amount")).isEqualTo("8.00 CNY");
        assertThat(browser.text("#payments-none")).isNotBlank();
        browser.clickAndWaitForPage("#lang-en");
        assertThat(browser.text("#order-status")).isEqualTo("Unpaid");
        assertThat(browser.text("#payments-none")).isEqualTo("No payment has named this order yet.");
        browser.screenshot("order-detail-en");
    }

    @Test
    void anotherMerchantsOrderIsNotFoundByItsId() throws Exception {
        long foreign;
        try (Connection c = Database.connect()) {
            TestTenant other = TestTenant.ensure(c, "OX", "Other orders merchant", 1, 1, 0, "it-web-orders-x",
                    "it-web-orders-password-2");
            foreign = anyOrderOf(c, other.merchantId);
        }
        signIn();
        browser.open(app("order.xhtml?id=" + foreign));

        assertThat(browser.pageSource()).doesNotContain("FOREIGN-");
        assertThat(browser.has("#order-number")).isFalse();
    }

    /**
     * Presses "Export CSV" the way the browser would (the page's form, its view state and the
     * session cookie) and reads the file the server streams back.
     */
    private String exportedCsv() throws Exception {
        String viewState = browser.driver().findElement(By.cssSelector(
                "#orders-form input[name='jakarta.faces.ViewState']")).getAttribute("value");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        String form = "orders-form=orders-form&orders-export=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState, StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(app("orders.xhtml")))
                        .header("Cookie", "JSESSIONID=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("csv"));
        CardDataScanner.assertClean("order export", response.body());
        return response.body();
    }

    private static String csvLine(String number, String store, String amount) {
        return number + "," + store + "," + amount + ",CNY,未支付,CSV 导入,";
    }

    private void upload(Path file) {
        boolean reportShown = browser.has("#import-refused") || browser.has("#import-success");
        String before = reportShown ? browser.text("#import-report") : "";
        browser.driver().findElement(By.cssSelector("#import-file_input")).sendKeys(file.toString());
        // The report is replaced by the upload's ajax answer.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    String now = d.findElement(By.id("import-report")).getText();
                    return !now.isBlank() && !now.equals(before);
                });
    }

    private void signIn() {
        browser.open(app("orders.xhtml"));
        browser.type("#username", USER);
        browser.type("#password", PASSWORD);
        browser.clickAndWaitForPage("#sign-in");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static long anyOrderOf(Connection c, long merchantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id from merchant_order where merchant_id = ? limit 1")) {
            s.setLong(1, merchantId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        long id;
        try (PreparedStatement s = c.prepareStatement("select nextval(merchant_order_seq)"); ResultSet r = s.executeQuery()) {
            r.next();
            id = r.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement("insert into merchant_order (id, merchant_id, order_number,"
                + " amount_minor, currency, status, source, merchant_sent_at, created_at, updated_at)"
                + " values (?, ?, ?, 100, 'CNY', 'UNPAID', 'ERP', now(3), now(3), now(3))")) {
            s.setLong(1, id);
            s.setLong(2, merchantId);
            s.setString(3, "FOREIGN-" + id);
            s.executeUpdate();
        }
        return id;
    }

    private static long stored(String prefix) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from merchant_order where order_number like ?")) {
            s.setString(1, prefix + "-%");
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
