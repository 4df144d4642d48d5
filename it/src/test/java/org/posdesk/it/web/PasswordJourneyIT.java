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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.signin.LoopbackClient;

/**
 * Passwords in a real browser: an administrator resets a merchant user's password and sees the
 * temporary one once; the user signs in with it and is held on the password page whatever page
 * they ask for, until a new password passes the rules (length, user name, common passwords,
 * repeated alike); then the portal opens and only the new password signs in. A locked account
 * gets the same message at the login page as a wrong password or an unknown name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordJourneyIT {

    private static final String ADMIN = "it-pw-admin";
    private static final String ADMIN_PASSWORD = "it-pw-admin-password";
    private static final String ADMIN_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    private static final String USER = "it-pw-merchant";
    private static final String LOCKED = "it-pw-locked";
    private static final String GUESSED = "it-pw-guessed";
    private static final String NEW_PASSWORD = "Vq8#mT2!pL5zRw";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeEach
    void users() throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant.ensure(c, "PW", "Password merchant", 1, 1, 0, USER, "it-pw-old-password");
            TestTenant.ensure(c, "PL", "Lockout merchant", 1, 1, 0, LOCKED, "it-pw-locked-password");
            TestTenant.ensure(c, "PG", "Guessed merchant", 1, 1, 0, GUESSED, "it-pw-guessed-password");
            TestTenant.forgetFailedSignIns(c, GUESSED);
            TestTenant.ensureStaff(c, ADMIN, ADMIN_PASSWORD, "ADMIN");
            // Administrators sign in with a second factor: enrolled afresh, so the current code is unused.
            TestTenant.enrolSecondFactor(c, ADMIN, ADMIN_SECRET, java.util.List.of());
        }
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElseAndTheRulesHold() throws Exception {
        long resetsBefore = audit(ADMIN, "PASSWORD_RESET", "SUCCESS");
        String temporary;
        try (Browser admin = new Browser()) {
            signIn(admin, "dashboard.xhtml", ADMIN, ADMIN_PASSWORD);
            admin.open(app("users.xhtml"));
            expect(admin, "#users-prefix");
            admin.type("#users-prefix", USER);
            admin.find("#users-search").click();
            admin.waitForText("#users-table", USER);
            assertThat(admin.texts("#users-table .pd-user-username")).containsExactly(USER);
            admin.find(".pd-user-reset").click();
            admin.find("#users-confirm-yes").click();
            temporary = admin.text("#users-temporary-password");
            assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
            admin.waitForText("#users-table", "须修改密码");
            admin.screenshot("users-reset");
        }
        assertThat(audit(ADMIN, "PASSWORD_RESET", "SUCCESS")).isEqualTo(resetsBefore + 1);

        try (Browser user = new Browser()) {
            signIn(user, "dashboard.xhtml", USER, temporary);
            assertThat(user.currentUrl()).contains("/password.xhtml");
            assertThat(user.find("#password-required").getText()).isNotBlank();
            user.open(app("transactions.xhtml"));
            assertThat(user.currentUrl()).as("every page leads to the password page").contains("/password.xhtml");
            assertThat(user.has("#count-terminals")).isFalse();

            assertThat(change(user, temporary, "Short-1a", "Short-1a")).contains("12");
            assertThat(change(user, temporary, "Password1234!", "Password1234!")).contains("常见");
            assertThat(change(user, temporary, USER + "-2026!", USER + "-2026!")).contains("用户名");
            assertThat(change(user, temporary, NEW_PASSWORD, NEW_PASSWORD + "x")).contains("不一致");
            assertThat(change(user, "not-the-temporary-one", NEW_PASSWORD, NEW_PASSWORD)).contains("当前密码");
            assertThat(user.currentUrl()).contains("/password.xhtml");

            fillAndSubmit(user, temporary, NEW_PASSWORD, NEW_PASSWORD);
            assertThat(user.find("#password-changed").getText()).isNotBlank();
            user.open(app("dashboard.xhtml"));
            assertThat(user.find("#count-terminals").getText()).isEqualTo("1");
            user.clickAndWaitForPage("#sign-out");
        }
        assertThat(audit(USER, "PASSWORD_CHANGE", "SUCCESS")).isGreaterThanOrEqualTo(1);

        try (Browser again = new Browser()) {
            signIn(again, "dashboard.xhtml", USER, temporary);
            assertThat(again.has("#count-terminals")).as("the temporary password no longer works").isFalse();
            Thread.sleep(300); // one failure: no delay yet, but keep clear of the clock's edge
            retry(again, USER, NEW_PASSWORD);
            assertThat(again.find("#count-terminals").getText()).isEqualTo("1");
        }
    }

    @Test
    void aLockedAccountGetsTheSameMessageAsAWrongPasswordOrAnUnknownName() throws Exception {
        LoopbackClient guesser = LoopbackClient.fresh();
        long[] delays = {0, 1_000, 2_000, 4_000, 0};
        for (int n = 1; n <= 5; n++) {
            assertThat(guesser.call(LOCKED, "wrong-" + n)).isEqualTo(401);
            Thread.sleep(delays[n - 1] + 150);
        }
        try (Browser browser = new Browser()) {
            signIn(browser, "dashboard.xhtml", LOCKED, "it-pw-locked-password");
            assertThat(browser.has("#count-terminals")).as("the right password of a locked account").isFalse();
            String locked = browser.text("#login-error");
            retry(browser, "it-pw-nobody-at-all", "whatever-password");
            String unknown = browser.text("#login-error");
            assertThat(locked).isNotBlank().isEqualTo(unknown);
            browser.screenshot("login-locked");
        }
        assertThat(audit(LOCKED, "LOCKOUT", "FAILURE")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theCurrentPasswordCannotBeGuessedOnTheChangePageFasterThanAtTheLogin() throws Exception {
        long lockouts = audit(GUESSED, "LOCKOUT", "FAILURE");
        long throttledBefore = throttledChanges();
        try (Browser browser = new Browser()) {
            signIn(browser, "dashboard.xhtml", GUESSED, "it-pw-guessed-password");
            browser.open(app("password.xhtml"));
            expect(browser, "#current-password");
            assertThat(change(browser, "guess-number-0", NEW_PASSWORD, NEW_PASSWORD)).contains("当前密码");
            // Guess on until the account locks: tries inside the throttle's growing delay are
            // refused unchecked (and say so), the others count, as at the login page.
            for (int n = 1; n < 20 && !accountLocked(GUESSED); n++) {
                String error = change(browser, "guess-number-" + n, NEW_PASSWORD, NEW_PASSWORD);
                if (error.contains("过多")) {
                    Thread.sleep(1_000);
                } else {
                    assertThat(error).contains("当前密码");
                }
            }
            assertThat(accountLocked(GUESSED)).as("locked after five wrong current passwords").isTrue();
            assertThat(change(browser, "it-pw-guessed-password", NEW_PASSWORD, NEW_PASSWORD))
                    .as("the right password once the account is locked").contains("过多");
            browser.screenshot("password-throttled");
        }
        assertThat(throttledChanges()).as("refusals for the throttle are on record").isGreaterThan(throttledBefore);
        assertThat(audit(GUESSED, "LOCKOUT", "FAILURE")).isEqualTo(lockouts + 1);
        try (Browser browser = new Browser()) {
            signIn(browser, "dashboard.xhtml", GUESSED, "it-pw-guessed-password");
            assertThat(browser.has("#count-terminals")).as("the lock holds at the login page too").isFalse();
        }
    }

    private static long throttledChanges() throws SQLException {
        try (Connection c = Database.connect();
             java.sql.PreparedStatement s = c.prepareStatement("select count(*) from audit_entry where username = ?"
                     + " and event = 'PASSWORD_CHANGE' and outcome = 'FAILURE' and detail = 'THROTTLED'")) {
            s.setString(1, GUESSED);
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static boolean accountLocked(String user) throws SQLException {
        try (Connection c = Database.connect();
             java.sql.PreparedStatement s = c.prepareStatement(
                     "select coalesce(locked_until > utc_timestamp(3), false) from sign_in_throttle where subject = ?")) {
            // Instants are stored in UTC; compared by the database, whatever this JVM's zone.
            s.setString(1, "account:" + user);
            try (java.sql.ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    /** Fails with where the browser is and what it shows when the element does not come. */
    private static void expect(Browser browser, String css) {
        try {
            browser.find(css);
        } catch (org.openqa.selenium.TimeoutException e) {
            String body = browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getText();
            throw new AssertionError("no " + css + " at " + browser.currentUrl() + ", the page shows: "
                    + body.substring(0, Math.min(body.length(), 1500)), e);
        }
    }

    /** Submits the form and returns the error it shows (empty when none). */
    private static String change(Browser browser, String current, String next, String repeat) {
        fillAndSubmit(browser, current, next, repeat);
        return browser.text("#password-error");
    }

    private static void fillAndSubmit(Browser browser, String current, String next, String repeat) {
        browser.type("#current-password", current);
        browser.type("#new-password", next);
        browser.type("#repeat-password", repeat);
        browser.clickAndWaitForPage("#change-password");
    }

    private static void signIn(Browser browser, String page, String username, String password) {
        browser.open(app(page));
        expect(browser, "#username");
        browser.type("#username", username);
        browser.type("#password", password);
        browser.clickAndWaitForPage("#sign-in");
        if (ADMIN.equals(username)) {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("/login-code.xhtml"));
            expect(browser, "#verify-code");
            browser.type("#code", org.posdesk.domain.user.Totp.code(org.posdesk.domain.user.Base32.decode(ADMIN_SECRET),
                    org.posdesk.domain.user.Totp.stepAt(java.time.Instant.now()), org.posdesk.domain.user.Totp.DIGITS));
            browser.clickAndWaitForPage("#verify-code");
        }
    }

    /** Another attempt on the login page a failed one left the browser on, as a person types it. */
    private static void retry(Browser browser, String username, String password) {
        browser.type("#username", username);
        browser.type("#password", password);
        browser.clickAndWaitForPage("#sign-in");
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }

    private static long audit(String user, String event, String outcome) throws SQLException {
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
