package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * A merchant user in a real browser: a wrong password is refused with one generic message, the
 * right one leads to a dashboard holding only that merchant's figures, the language switches,
 * and signing out ends the session. Every step leaves its mark in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInAndDashboardIT {

    private static final String USER = "it-web-merchant";
    private static final String PASSWORD = "it-web-password-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    private Browser browser;
    private TestTenant mine;

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = Database.connect()) {
            mine = TestTenant.ensure(c, "WA", "网页测试商户 Web merchant", 2, 3, 5, USER, PASSWORD);
            TestTenant.ensure(c, "WB", "Another merchant", 1, 4, 2, "it-web-other", "it-web-password-2");
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void aWrongPasswordIsRefusedWithOneGenericMessage() throws Exception {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", USER);
        browser.type("#password", "not-the-password");
        browser.clickAndWaitForPage("#sign-in");

        assertThat(browser.text("#login-error")).isNotBlank();
        assertThat(browser.has("#count-terminals")).isFalse();
        browser.type("#username", "nobody-at-all");
        browser.type("#password", "not-the-password");
        String unknownUser = submitAndReadError();
        browser.type("#username", USER);
        browser.type("#password", "not-the-password");
        assertThat(submitAndReadError()).isEqualTo(unknownUser);
        assertThat(auditCount(USER, "SIGN_IN", "FAILURE")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMerchantSeesOnlyTheirFiguresSwitchesLanguageAndSignsOut() throws Exception {
        long signInsBefore = auditCount(USER, "SIGN_IN", "SUCCESS");
        long signOutsBefore = auditCount(USER, "SIGN_OUT", "SUCCESS");
        browser.open(app(""));
        browser.type("#username", USER);
        browser.type("#password", PASSWORD);
        browser.clickAndWaitForPage("#sign-in");

        assertThat(browser.text("#dashboard-scope")).isEqualTo(mine.merchantName);
        assertThat(browser.text("#count-terminals")).isEqualTo("6");
        assertThat(browser.text("#count-stores")).isEqualTo("2");
        assertThat(browser.text("#count-transactions-today")).isEqualTo("5");
        assertThat(browser.has("#count-merchants")).isFalse();
        // The tenant's terminals never reported: all offline, none "silent" (that needs a last contact).
        assertThat(browser.text("#count-offline")).isEqualTo("6");
        assertThat(browser.text("#count-silent")).isEqualTo("0");
        assertThat(browser.texts("#offline-terminals .pd-offline-for")).hasSizeBetween(1, 8)
                .allSatisfy(text -> assertThat(text).isEqualTo("从未联系"));
        assertThat(browser.texts("#volume-by-store .pd-volume-count").stream().mapToLong(Long::parseLong).sum())
                .as("today's transactions, store by store").isEqualTo(5);
        assertThat(browser.attribute("#count-uploads-incomplete", "textContent").trim()).isEqualTo("0");
        assertThat(browser.find("#count-transactions-today").findElement(org.openqa.selenium.By.xpath(".."))
                .getAttribute("href")).contains("transactions.xhtml").contains("day=");
        assertThat(browser.pageSource()).doesNotContain("Another merchant");
        assertThat(browser.pageSource()).contains("仪表盘");
        browser.screenshot("dashboard-zh");

        browser.clickAndWaitForPage("#lang-en");
        browser.waitForText("h1, .pd-page-title, body", "Dashboard");
        assertThat(browser.pageSource()).contains("Dashboard").doesNotContain("仪表盘");
        assertThat(browser.text("#count-terminals")).isEqualTo("6");
        browser.screenshot("dashboard-en");

        browser.clickAndWaitForPage("#sign-out");
        assertThat(browser.find("#signed-out").getText()).isNotBlank();
        browser.open(app("dashboard.xhtml"));
        assertThat(browser.find("#username").isDisplayed()).isTrue();
        assertThat(browser.has("#count-terminals")).isFalse();

        assertThat(auditCount(USER, "SIGN_IN", "SUCCESS")).isEqualTo(signInsBefore + 1);
        assertThat(auditCount(USER, "SIGN_OUT", "SUCCESS")).isEqualTo(signOutsBefore + 1);
    }

    private String submitAndReadError() {
        browser.clickAndWaitForPage("#sign-in");
        return browser.text("#login-error");
    }

    private String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }

    private static long auditCount(String user, String event, String outcome) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from audit_entry where username = ? and event = ? and outcome = ?")) {
            s.setString(1, user);
            s.setString(2, event);
            s.setString(3, outcome);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
