package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The idle timeout in a real browser, with the short timeout the IT server is given in
 * it/pom.xml (POSDESK_IDLE_TIMEOUT=120s, POSDESK_IDLE_WARNING=30s): a page left alone shows the
 * warning with its countdown after 80 s; "stay signed in" keeps the session; left alone again, the page
 * signs out by itself, says why on the login page, and the session is gone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdleTimeoutIT {

    private static final String USER = "it-idle-merchant";
    private static final String PASSWORD = "it-idle-password-1";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Duration WARNING = Duration.ofSeconds(30);
    /** The page signs out this long before the server would drop the session (a tenth, at most 10 s). */
    private static final Duration MARGIN = Duration.ofSeconds(10);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeEach
    void user() throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant.ensure(c, "ID", "Idle merchant", 1, 2, 0, USER, PASSWORD);
        }
    }

    @Test
    void anIdlePageWarnsThenSignsOutUnlessTheUserStays() throws Exception {
        long signOutsBefore = signOuts();
        try (Browser browser = new Browser()) {
            browser.open(app("dashboard.xhtml"));
            browser.type("#username", USER);
            browser.type("#password", PASSWORD);
            browser.clickAndWaitForPage("#sign-in");
            assertThat(browser.find("#count-terminals").getText()).isEqualTo("2");
            long signedInAt = System.nanoTime();

            WebDriverWait patient = new WebDriverWait(browser.driver(), TIMEOUT.plusSeconds(30));
            patient.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
            long warnedAfter = Duration.ofNanos(System.nanoTime() - signedInAt).toSeconds();
            long expected = TIMEOUT.minus(MARGIN).minus(WARNING).toSeconds();
            assertThat(warnedAfter).as("seconds until the warning").isBetween(expected - 5, expected + 10);
            assertThat(browser.text("#idle-warning-text")).contains("秒");
            browser.screenshot("idle-warning");

            browser.find("#stay-signed-in").click();
            patient.until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle-warning")));
            assertThat(browser.currentUrl()).contains("/dashboard.xhtml");

            // Left alone again: warning, countdown, and the page signs itself out.
            patient.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
            new WebDriverWait(browser.driver(), WARNING.plusSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out-idle")));
            assertThat(browser.currentUrl()).contains("/login.xhtml").contains("idle=true");

            browser.open(app("dashboard.xhtml"));
            assertThat(browser.find("#username").isDisplayed()).as("the session is gone").isTrue();
            assertThat(browser.has("#count-terminals")).isFalse();
        }
        assertThat(signOuts()).isEqualTo(signOutsBefore + 1);
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }

    private static long signOuts() throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from audit_entry where username = ? and event = 'SIGN_OUT' and outcome = 'SUCCESS'")) {
            s.setString(1, USER);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
