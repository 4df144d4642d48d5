package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import org.posdesk.domain.user.Base32;
import org.posdesk.domain.user.Totp;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The help-desk journey of issue 6 in real browsers: a merchant reports a missing order from a
 * customer's claim; the offline sale arrives late; an agent opens the case, takes it, finds that
 * sale first among the candidates with its reasons, links it after confirming, and the merchant
 * sees the order paid and the case resolved, without the agent's internal note.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseJourneyIT {

    private static final String MERCHANT = "it-case-journey-merchant";
    private static final String MERCHANT_PASSWORD = "it-case-journey-1";
    private static final String AGENT = "it-case-journey-agent";
    private static final String AGENT_PASSWORD = "it-case-journey-2";
    private static final String AGENT_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    private Browser merchant;
    private Browser agent;
    private TestTenant tenant;

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "HJ", "工单旅程商户 Case journey merchant", 1, 2, 0, MERCHANT, MERCHANT_PASSWORD);
            TestTenant.ensureStaff(c, AGENT, AGENT_PASSWORD, "AGENT");
            TestTenant.enrolSecondFactor(c, AGENT, AGENT_SECRET, List.of());
        }
        merchant = new Browser();
        agent = new Browser();
    }

    @AfterEach
    void tearDown() {
        merchant.close();
        agent.close();
    }

    @Test
    void theMerchantReportsTheAgentLinksTheLateOfflineSaleAndTheOrderIsPaid() throws Exception {
        String order = "HJ" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        long amount = 10_000 + ThreadLocalRandom.current().nextLong(90_000);
        String tid = tenant.tids.get(1);
        long orderId = insertOrder(order, amount);

        signIn(merchant, MERCHANT, MERCHANT_PASSWORD, null);
        merchant.open(app("cases.xhtml"));
        merchant.clickAndWaitForPage("#report-missing");
        merchant.type("#c-order", order);
        merchant.type("#c-amount_input", "%d.%02d".formatted(amount / 100, amount % 100));
        merchant.type("#c-tid", tid);
        merchant.type("#c-last4", "4321");
        merchant.type("#c-note", "顾客出示了银行扣款短信 / the customer shows the bank's SMS");
        merchant.clickAndWaitForPage("#claim-submit");
        assertThat(merchant.currentUrl()).contains("case.xhtml?id=");
        long caseId = Long.parseLong(merchant.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertThat(merchant.attribute("#case-state", "data-state")).isEqualTo("OPEN");
        assertThat(merchant.has("#candidates")).as("candidates are for the help desk").isFalse();
        merchant.screenshot("case-reported");

        // The sale the terminal made offline an hour ago reaches posdesk only now, over TCP, as the
        // terminal sends it (60.1 = 30, an offline sale); beside it, a look-alike online sale of the
        // same amount and hour on the other terminal, with another card.
        LocalDateTime madeAt = LocalDateTime.now(SHANGHAI).minusHours(1);
        String batch = "%06d".formatted(1 + ThreadLocalRandom.current().nextInt(999));
        String stan = "%06d".formatted(1 + ThreadLocalRandom.current().nextInt(999_998));
        assertThat(send(tid, sale(tid, "30", batch, stan, amount, madeAt), "6228480000000004321")).isEqualTo("00");
        String otherTid = tenant.tids.get(0);
        assertThat(send(otherTid, sale(otherTid, "22", batch, stan, amount, madeAt.plusMinutes(1)),
                "6228480000000009999")).isEqualTo("00");
        long saleId;
        try (Connection c = Database.connect();
             java.sql.PreparedStatement q = c.prepareStatement("select id, origin from card_transaction"
                     + " where tid = ? and batch_number = ? and stan = ?")) {
            q.setString(1, tid);
            q.setInt(2, Integer.parseInt(batch));
            q.setString(3, stan);
            try (java.sql.ResultSet r = q.executeQuery()) {
                assertThat(r.next()).as("the offline sale is in the journal").isTrue();
                assertThat(r.getString("origin")).isEqualTo("OFFLINE");
                saleId = r.getLong("id");
            }
        }

        signIn(agent, AGENT, AGENT_PASSWORD, AGENT_SECRET);
        agent.open(app("cases.xhtml"));
        // The queue holds every merchant's cases, oldest first: narrowed to this merchant.
        agent.type("#f-merchant_input", String.valueOf(tenant.merchantId));
        agent.find("#cases-search").click();
        String link = "a.pd-case-link[href$='id=" + caseId + "']";
        waitFor(agent, () -> agent.has(link));
        assertThat(agent.texts("#cases-table .pd-case-state")).isNotEmpty();
        agent.clickAndWaitForPage(link);
        agent.find("#assign-me").click();
        waitFor(agent, () -> "INVESTIGATING".equals(agent.attribute("#case-state", "data-state")));
        assertThat(agent.text("#case-assignee")).isEqualTo(AGENT);
        agent.type("#note", "customer unsure of the time");
        agent.find("#note-add").click();
        waitFor(agent, () -> agent.texts(".pd-note-internal .pd-note-body").contains("customer unsure of the time"));

        List<WebElement> scores = agent.driver().findElements(By.cssSelector("#candidates .pd-candidate-score"));
        assertThat(scores).isNotEmpty();
        assertThat(scores.get(0).getAttribute("data-id")).isEqualTo(String.valueOf(saleId));
        assertThat(agent.texts("#candidates tbody tr:first-child .pd-reason"))
                .anySatisfy(r -> assertThat(r).contains("+30"))
                .hasSizeGreaterThanOrEqualTo(3);
        agent.screenshot("case-candidates");

        agent.find("#candidates tbody tr:first-child .pd-link-button").click();
        new WebDriverWait(agent.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("link-confirm")));
        assertThat(agent.find("#link-order").getAttribute("value")).isEqualTo(order);
        agent.find("#link-confirm").click();
        waitFor(agent, () -> "RESOLVED".equals(agent.attribute("#case-state", "data-state")));
        assertThat(agent.attribute("#case-resolution", "data-resolution")).isEqualTo("LINKED");
        agent.screenshot("case-linked");
        // The evidence pack names the linked payment, its terminal and batch; taking it is audited.
        agent.clickAndWaitForPage("#case-evidence");
        assertThat(agent.text("#evidence-tid")).startsWith(tid);
        assertThat(agent.has("#evidence-candidates")).isTrue();
        agent.screenshot("case-evidence");
        assertThat(count("select count(*) from audit_entry where event = 'EXPORT_CASE_EVIDENCE' and username = ?",
                AGENT)).isPositive();

        merchant.open(app("order.xhtml?id=" + orderId));
        assertThat(merchant.attribute("#order-status", "data-status")).isEqualTo("PAID");
        merchant.open(app("case.xhtml?id=" + caseId));
        assertThat(merchant.attribute("#case-resolution", "data-resolution")).isEqualTo("LINKED");
        assertThat(merchant.pageSource()).doesNotContain("customer unsure of the time");
        merchant.clickAndWaitForPage("#lang-en");
        assertThat(merchant.text("#case-state")).startsWith("Resolved");
        assertThat(count("select count(*) from audit_entry where event = 'CASE_LINK' and username = ?"
                + " and target_id = ? and origin = '127.0.0.1'", AGENT, String.valueOf(caseId))).isEqualTo(1);
    }

    private static void signIn(Browser browser, String user, String password, String secret) {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickAndWaitForPage("#sign-in");
        if (secret != null) {
            browser.type("#code", Totp.code(Base32.decode(secret), Totp.stepAt(Instant.now()), Totp.DIGITS));
            browser.clickAndWaitForPage("#verify-code");
        }
        browser.find("#user-name");
    }

    private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(RuntimeException.class)
                .until(d -> condition.getAsBoolean());
    }

    private long insertOrder(String number, long amount) throws SQLException {
        try (Connection c = Database.connect()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("select nextval(merchant_order_seq)");
                 ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("insert into merchant_order (id, merchant_id, store_id,"
                    + " order_number, amount_minor, currency, status, source, merchant_sent_at, created_at, updated_at)"
                    + " select ?, merchant_id, id, ?, ?, 'CNY', 'UNPAID', 'ERP', ?, ?, ? from store"
                    + " where merchant_id = ? and code = 'S1'")) {
                Timestamp now = Timestamp.from(Instant.now().minusSeconds(7200));
                s.setLong(1, id);
                s.setString(2, number);
                s.setLong(3, amount);
                s.setTimestamp(4, now);
                s.setTimestamp(5, now);
                s.setTimestamp(6, now);
                s.setLong(7, tenant.merchantId);
                s.executeUpdate();
            }
            return id;
        }
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

    private static org.posdesk.connector.codec.IsoMessage sale(String tid, String kind, String batch, String stan,
                                                                long amount, LocalDateTime at) {
        return org.posdesk.connector.codec.IsoMessage.of("0220").with(3, "000000").with(4, "%012d".formatted(amount))
                .with(11, stan).with(12, at.format(java.time.format.DateTimeFormatter.ofPattern("HHmmss")))
                .with(13, at.format(java.time.format.DateTimeFormatter.ofPattern("MMdd"))).with(22, "071")
                .with(37, "7" + batch + stan.substring(1)).with(38, "H" + stan.substring(1))
                .with(39, "00").with(41, tid).with(42, "ITHJ00000000000").with(49, "156")
                .with(60, kind + batch + "000");
    }

    /** Over TCP as the terminal sends it; the card number is masked by the decoder on arrival. */
    private static String send(String tid, org.posdesk.connector.codec.IsoMessage message, String pan) throws Exception {
        try (org.posdesk.it.terminals.RawTerminal terminal = new org.posdesk.it.terminals.RawTerminal(tid)) {
            return terminal.exchange(org.posdesk.connector.codec.OutboundMessage.of(message).withPan(pan))
                    .message().text(39).orElse("none");
        }
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }
}
