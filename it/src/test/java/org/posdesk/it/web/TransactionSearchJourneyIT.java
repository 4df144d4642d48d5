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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.it.CardDataScanner;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.search.JournalEntry;

/**
 * A merchant user in a real browser: finds a payment by its card's last four and its amount, opens
 * it and its slip (card masked); and exports a filtered search, whose file holds exactly the rows
 * the filter selects in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransactionSearchJourneyIT {

    private static final String USER = "it-search-web";
    private static final String PASSWORD = "it-search-web-password";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    private Browser browser;
    private TestTenant mine;
    private int run;

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = Database.connect()) {
            mine = TestTenant.ensure(c, "QW", "检索网页商户 Search web merchant", 2, 2, 0, USER, PASSWORD);
            TestTenant.ensure(c, "QV", "Another search merchant", 1, 1, 0, "it-search-web-other", "it-search-web-pw2");
            run = (int) (next(c) % 900_000) + 1;
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void findAPaymentByLastFourAndAmountAndOpenItsSlip() throws Exception {
        String last4 = "%04d".formatted(run % 10_000);
        LocalDateTime now = LocalDateTime.now(SHANGHAI).withNano(0);
        JournalEntry wanted;
        try (Connection c = Database.connect()) {
            wanted = new JournalEntry(mine.tids.get(1), run, 1, now.minusMinutes(30)).amount(12_850)
                    .card("622848", last4).references("%012d".formatted(run), "AB12CD", null).insert(c);
            // Same card, another amount; same amount, another card; and the other merchant's twin.
            new JournalEntry(mine.tids.get(1), run, 2, now.minusMinutes(20)).amount(9_900).card("622848", last4)
                    .insert(c);
            new JournalEntry(mine.tids.get(2), run, 3, now.minusMinutes(10)).amount(12_850)
                    .card("622848", "%04d".formatted((run + 1) % 10_000)).insert(c);
            new JournalEntry("QV000101", run, 4, now.minusMinutes(5)).amount(12_850).card("622848", last4).insert(c);
        }
        signIn();
        assertThat(browser.has("a.pd-nav-link[href*='transactions.xhtml']")).isTrue();
        browser.clickAndWaitForPage("a.pd-nav-link[href*='transactions.xhtml']");

        browser.type("#last4", last4);
        browser.type("#min-amount", "128.50");
        browser.type("#max-amount", "128.50");
        browser.find("#search").click();
        waitForRows(1);

        assertThat(browser.text("#result-count")).isEqualTo("1");
        assertThat(browser.text("#results .pd-cell-card")).isEqualTo("622848****" + last4);
        assertThat(browser.text("#results .pd-cell-amount")).isEqualTo("128.50");
        browser.screenshot("search-found");
        browser.clickAndWaitForPage("#results a.pd-open");

        assertThat(browser.currentUrl()).contains("id=" + wanted.id);
        assertThat(browser.text("#detail-stan")).isEqualTo("000001");
        assertThat(browser.text("#detail-amount")).isEqualTo("128.50 CNY");
        assertThat(browser.pageSource()).contains("联机通知");
        browser.clickAndWaitForPage("#open-slip");

        assertThat(browser.text("#slip-card")).isEqualTo("622848****" + last4);
        assertThat(browser.text("#slip-amount")).isEqualTo("CNY 128.50");
        assertThat(browser.text("#slip-merchant")).isEqualTo(mine.merchantName);
        assertThat(browser.text("#slip")).doesNotContainPattern("[0-9]{13,19}");
        browser.screenshot("search-slip");
        // Printed, the slip stands alone: the menu bar and the buttons are left off the paper.
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.driver().findElement(By.cssSelector(".pd-topbar")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("print-slip")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("slip")).isDisplayed()).isTrue();
    }

    @Test
    void exportAFilteredSearchAndCheckTheFilesRows() throws Exception {
        LocalDateTime now = LocalDateTime.now(SHANGHAI).withNano(0);
        try (Connection c = Database.connect()) {
            for (int n = 1; n <= 60; n++) {
                JournalEntry e = new JournalEntry(mine.tids.get(n % 4), run, n, now.minusMinutes(n));
                e.amount(1_000 + n).card("622202", "%04d".formatted(n));
                if (n % 3 == 0) {
                    e.kind("SALE", "APPROVED", "OFFLINE");
                }
                e.insert(c);
            }
        }
        signIn();
        browser.open(app("transactions.xhtml"));
        selectOrigin("脱机");
        browser.find("#search").click();
        browser.waitForText("#results", "脱机");
        waitUntilEveryRowIs("脱机");
        browser.find("#export-csv").click();
        String href = browser.find("#export-download").getAttribute("href");

        List<List<String>> rows = csv(download(href));
        List<String> expected = offlineRowsInTheDefaultWindow();
        assertThat(rows.get(0)).contains("终端号", "凭证号", "卡号");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(2) + "/" + r.get(3) + "/" + r.get(9)).toList())
                .containsExactlyElementsOf(expected);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(8)).matches("[0-9]{0,6}\\*{4}[0-9]{4}"));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
        browser.screenshot("search-exported");
    }

    private void signIn() {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", USER);
        browser.type("#password", PASSWORD);
        browser.clickAndWaitForPage("#sign-in");
    }

    private void selectOrigin(String label) {
        // The menu opens with an animation: on a busy machine a click on an item still moving in
        // can land on nothing, and the search then goes out with the old origin. Click until the
        // menu's label says the item was taken.
        for (int attempt = 1; attempt <= 5; attempt++) {
            if (!browser.driver().findElements(By.cssSelector("#origin_panel")).stream().anyMatch(p -> p.isDisplayed())) {
                browser.find("#origin").click();
            }
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#origin_items li[data-label='" + label + "']")))
                    .click();
            try {
                new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("origin_label"), label));
                return;
            } catch (org.openqa.selenium.TimeoutException notTaken) {
                // the click went nowhere: open the menu and try again
            }
        }
        throw new AssertionError("the origin menu never took " + label);
    }

    private void waitForRows(int count) {
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("#results tbody tr")).size() == count);
    }

    private void waitUntilEveryRowIs(String origin) {
        // The table is replaced by the ajax update while this looks at it: a vanished row is a retry.
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).until(d -> {
            List<String> texts = d.findElements(By.cssSelector("#results tbody tr")).stream()
                    .map(row -> row.getText()).toList();
            return !texts.isEmpty() && texts.stream().allMatch(t -> t.contains(origin));
        });
    }

    /** What the page's default window (the last seven days to the end of today) holds, in search order. */
    private List<String> offlineRowsInTheDefaultWindow() throws SQLException {
        LocalDate today = LocalDate.now(SHANGHAI);
        List<String> keys = new ArrayList<>();
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "select tid, batch_number, stan from card_transaction where merchant_id = ? and origin = 'OFFLINE'"
                        + " and terminal_time >= ? and terminal_time < ? order by terminal_time desc, id desc")) {
            s.setLong(1, mine.merchantId);
            s.setTimestamp(2, Timestamp.valueOf(today.minusDays(6).atStartOfDay()));
            s.setTimestamp(3, Timestamp.valueOf(today.plusDays(1).atStartOfDay()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1) + "/" + r.getInt(2) + "/" + r.getString(3));
                }
            }
        }
        return keys;
    }

    private String download(String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map((Cookie k) -> k.getName() + "=" + k.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains(".csv");
        CardDataScanner.assertClean("transaction export " + href, response.body());
        return response.body();
    }

    /** The export's CSV; no cell in these rows holds a comma, quote or line break. */
    private static List<List<String>> csv(String body) {
        assertThat(body).startsWith("\uFEFF");
        return body.substring(1).lines().map(line -> Arrays.asList(line.split(",", -1))).toList();
    }

    private String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }

    private static long next(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval(merchant_order_seq)"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1) / 50;
        }
    }
}
