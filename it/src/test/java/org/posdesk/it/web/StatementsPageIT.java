package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.application.statement.format.DelimitedWriter;
import org.posdesk.application.statement.format.Fixtures;
import org.posdesk.application.statement.format.StatementProfiles;
import org.posdesk.it.CardDataScanner;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The statements page in a real browser: an agent uploads a gzipped 通联 CSV holding a bad line,
 * watches the import end with the good lines in and the bad one counted, downloads the bad-line
 * report and the list as CSV (neither carries a card number); a merchant user has no menu entry
 * and is refused the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementsPageIT {

    private static final String AGENT = "it-stmt-web-agent";
    private static final String AGENT_PASSWORD = "it-stmt-web-secret-1";
    private static final String AGENT_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    private static final String MERCHANT = "it-stmt-web-merchant";
    private static final String MERCHANT_PASSWORD = "it-stmt-web-secret-2";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random();
    private Browser browser;
    private TestTenant tenant;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeEach
    void setUp() throws Exception {
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "XW", "对账测试商户 Statement web merchant", 1, 1, 0, MERCHANT, MERCHANT_PASSWORD);
            TestTenant.ensureStaff(c, AGENT, AGENT_PASSWORD, "AGENT");
            TestTenant.enrolSecondFactor(c, AGENT, AGENT_SECRET, List.of());
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void anAgentUploadsAStatementAndReadsItsReport() throws Exception {
        LocalDate day = LocalDate.of(2001 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String pan = "6228480" + "%08d".formatted(random.nextInt(100_000_000)) + "1";
        DelimitedWriter w = new DelimitedWriter(StatementProfiles.builtIn().find("allinpay-pos-csv").orElseThrow());
        String tid = tenant.tids.get(0);
        Map<String, String> sale = Fixtures.allinpay("消费", "ITXW00000000000", "鲜果超市", tid, 3, "000011",
                "%012d".formatted(random.nextInt(1_000_000_000)), pan, 2500, 10, day.atTime(10, 0));
        Map<String, String> bad = Fixtures.allinpay("神秘交易", "ITXW00000000000", "鲜果超市", tid, 3, "000012",
                "%012d".formatted(random.nextInt(1_000_000_000)), pan, 100, 0, day.atTime(10, 5));
        String name = "allinpay-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + random.nextInt(1_000_000) + ".csv.gz";
        Path file = Files.createTempDirectory("statements-page").resolve(name);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(w.encode(List.of(w.header(), w.row(sale), w.row(bad)), "\r\n"));
        }

        signIn(AGENT, AGENT_PASSWORD, AGENT_SECRET);
        assertThat(browser.has("a[href$='/statements.xhtml']")).as("the menu offers statements").isTrue();
        browser.open(app("statements.xhtml"));
        new org.openqa.selenium.support.ui.Select(browser.find("#profile")).selectByValue("allinpay-pos-csv");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "GOOD_LINES".equals(d.findElement(By.id("policy")).getAttribute("data-policy")));
        browser.driver().findElement(By.cssSelector("#statement-file_input")).sendKeys(file.toString());

        WebElement row = new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#imports tbody tr")).stream()
                        .filter(r -> r.getText().contains(name))
                        .filter(r -> "IMPORTED".equals(r.findElement(By.cssSelector(".pd-statement-state"))
                                .getAttribute("data-state")))
                        .findFirst().orElse(null));
        assertThat(row.findElement(By.cssSelector(".pd-statement-lines")).getText()).isEqualTo("1 / 2");
        assertThat(row.findElement(By.cssSelector(".pd-statement-bad")).getText()).isEqualTo("1");
        String report = download(row.findElement(By.cssSelector(".pd-statement-report")).getAttribute("href"));
        assertThat(report.substring(1).lines().toList())
                .containsExactly("line,field,problem", "3,column 交易类型,unknown transaction type");
        String list = download(browser.attribute("#export-csv", "href"));
        assertThat(list).contains(name + ",allinpay-pos-csv,GOOD_LINES,UPLOAD," + AGENT + ",IMPORTED,2,1,1," + day);
        CardDataScanner.assertClean("statements csv", list);
        CardDataScanner.assertCleanPage("statements page", browser.pageSource());
    }

    @Test
    void aMerchantUserHasNoStatementsPage() throws Exception {
        signIn(MERCHANT, MERCHANT_PASSWORD, null);
        assertThat(browser.has("a[href$='/statements.xhtml']")).isFalse();
        browser.open(app("statements.xhtml"));
        assertThat(browser.find("#error-403").isDisplayed()).isTrue();
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(app("statements/export.csv")))
                .header("Cookie", cookies()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isIn(403, 404);
    }

    private void signIn(String user, String password, String secret) {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickAndWaitForPage("#sign-in");
        if (secret != null) {
            browser.type("#code", org.posdesk.domain.user.Totp.code(org.posdesk.domain.user.Base32.decode(secret),
                    org.posdesk.domain.user.Totp.stepAt(java.time.Instant.now()), org.posdesk.domain.user.Totp.DIGITS));
            browser.clickAndWaitForPage("#verify-code");
        }
        browser.find("#user-name");
    }

    private String download(String href) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies())
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("\uFEFF");
        return response.body();
    }

    private String cookies() {
        return browser.driver().manage().getCookies().stream()
                .map((Cookie k) -> k.getName() + "=" + k.getValue()).collect(Collectors.joining("; "));
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port", "8080") + "/posdesk/" + path;
    }
}
