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
 * The idle timeout in two real browsers side by side, with the short timeout the IT server is
 * given in it/pom.xml (POSDESK_IDLE_TIMEOUT=120s, POSDESK_IDLE_WARNING=30s). Both sign in and are
 * left alone: each shows the warning with its countdown after 80 s. The first answers "stay
 * signed in"; the second does not and signs itself out, says why on the login page, and its
 * session is gone. The first, signed in earlier and so due to sign out earlier, is still signed
 * in then, and still after the server would have dropped a session nobody kept alive. Side by
 * side rather than one after the other: the contrast is the proof, and the test waits one
 * timeout instead of two.
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
        try (Browser staying = new Browser(); Browser leaving = new Browser()) {
            long stayingSignedInAt = signIn(staying);
            signIn(leaving);

            WebDriverWait patient = new WebDriverWait(staying.driver(), TIMEOUT.plusSeconds(30));
            patient.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
            long warnedAfter = Duration.ofNanos(System.nanoTime() - stayingSignedInAt).toSeconds();
            long expected = TIMEOUT.minus(MARGIN).minus(WARNING).toSeconds();
            assertThat(warnedAfter).as("seconds until the warning").isBetween(expected - 5, expected + 10);
            assertThat(staying.text("#idle-warning-text")).contains("秒");
            staying.screenshot("idle-warning");
            staying.find("#stay-signed-in").click();
            patient.until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle-warning")));

            new WebDriverWait(leaving.driver(), WARNING.plus(MARGIN).plusSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out-idle")));
            assertThat(leaving.currentUrl()).contains("/login.xhtml").contains("idle=true");
            leaving.open(app("dashboard.xhtml"));
            assertThat(leaving.find("#username").isDisplayed()).as("the idle session is gone").isTrue();

            assertThat(staying.currentUrl()).as("the page that stayed, due to sign out before the other")
                    .contains("/dashboard.xhtml");
            assertThat(staying.has("#signed-out-idle")).isFalse();
            long sessionEnd = stayingSignedInAt + TIMEOUT.plusSeconds(5).toNanos();
            Thread.sleep(Math.max(0, (sessionEnd - System.nanoTime()) / 1_000_000));
            staying.open(app("dashboard.xhtml"));
            assertThat(staying.find("#count-terminals").getText())
                    .as("past the server's timeout counted from sign-in, the session kept alive").isEqualTo("2");
        }
        assertThat(signOuts()).isEqualTo(signOutsBefore + 1);
    }

    /** Signs in and returns when, by System.nanoTime. */
    private static long signIn(Browser browser) {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", USER);
        browser.type("#password", PASSWORD);
        browser.clickAndWaitForPage("#sign-in");
        assertThat(browser.find("#count-terminals").getText()).isEqualTo("2");
        return System.nanoTime();
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
