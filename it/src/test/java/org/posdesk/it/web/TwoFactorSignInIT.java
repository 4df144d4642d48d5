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
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.domain.user.Base32;
import org.posdesk.domain.user.Totp;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The TOTP second factor in a real browser: an agent without an authenticator is held at the
 * enrolment between password and sign-in, enrols by the secret the page shows, and from then on
 * needs password and code; a code works once, a wrong one is refused, a recovery code works once;
 * the API's HTTP Basic does not let such a user in by password; a merchant user without an
 * authenticator signs in as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorSignInIT {

    private static final String AGENT = "it-totp-agent";
    private static final String ADMIN = "it-totp-admin";
    private static final String MERCHANT = "it-totp-merchant";
    private static final String PASSWORD = "it-totp-password-1";
    private static final String ADMIN_SECRET = "ITTOTPADMINSECRETITTOTPADMINSECR";
    private static final List<String> ADMIN_RECOVERY = List.of("abcde-fghjk", "mnpqr-stuvw");
    private static final String LOST = "it-totp-lost";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    private Browser browser;

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant.ensure(c, "TF", "双重验证测试商户 2FA merchant", 1, 1, 0, MERCHANT, PASSWORD);
            TestTenant.removeSecondFactor(c, MERCHANT);
            TestTenant.ensureStaff(c, AGENT, PASSWORD, "AGENT");
            TestTenant.removeSecondFactor(c, AGENT);
            TestTenant.ensureStaff(c, ADMIN, PASSWORD, "ADMIN");
            TestTenant.enrolSecondFactor(c, ADMIN, ADMIN_SECRET, ADMIN_RECOVERY);
            TestTenant.ensureStaff(c, LOST, PASSWORD, "AGENT");
            TestTenant.enrolSecondFactor(c, LOST, "LOSTLOSTLOSTLOSTLOSTLOSTLOSTLOST", List.of("lost1-lost2"));
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void anAgentMustEnrolBeforeAnythingElseThenSignsInWithPasswordAndCode() throws Exception {
        long enrolments = audit(AGENT, "SECOND_FACTOR_ENROLMENT", "SUCCESS");
        long codesRefused = audit(AGENT, "SECOND_FACTOR", "FAILURE");
        long codesAccepted = audit(AGENT, "SECOND_FACTOR", "SUCCESS");

        signInWithPassword(AGENT);
        assertThat(browser.currentUrl()).contains("/two-factor.xhtml");
        assertThat(browser.has("#totp-qr svg path")).isTrue();
        assertThat(browser.has("#sign-out")).isFalse();

        // Between password and enrolment the session is not signed in: every page sends to the login.
        browser.open(app("dashboard.xhtml"));
        assertThat(browser.find("#username").isDisplayed()).isTrue();
        assertThat(browser.has("#count-terminals")).isFalse();
        browser.open(app("two-factor.xhtml"));
        byte[] secret = Base32.decode(browser.text("#totp-secret"));
        assertThat(secret).hasSize(20);
        browser.screenshot("two-factor-enrolment");
        assertThat(storedSecret(AGENT, "pending_secret_encrypted")).isNotNull()
                .satisfies(stored -> assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                        .doesNotContain(new String(secret, StandardCharsets.ISO_8859_1)));

        browser.type("#enrol-code", Totp.code(secret, Totp.stepAt(Instant.now()) + 5, Totp.DIGITS));
        browser.clickAndWaitForPage("#confirm-enrolment");
        assertThat(browser.text("#enrol-error")).isNotBlank();
        assertThat(browser.has("#recovery-codes")).isFalse();

        String enrolmentCode = Totp.code(secret, Totp.stepAt(Instant.now()), Totp.DIGITS);
        browser.type("#enrol-code", enrolmentCode);
        browser.clickAndWaitForPage("#confirm-enrolment");
        List<String> recovery = browser.texts("#recovery-codes li");
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        browser.screenshot("two-factor-recovery-codes");
        browser.clickAndWaitForPage("#enrol-continue");
        assertThat(browser.currentUrl()).contains("/dashboard.xhtml");
        assertThat(browser.has("#count-terminals")).isTrue();
        assertThat(audit(AGENT, "SECOND_FACTOR_ENROLMENT", "SUCCESS")).isEqualTo(enrolments + 1);

        browser.clickAndWaitForPage("#sign-out");
        signInWithPassword(AGENT);
        assertThat(browser.currentUrl()).contains("/login-code.xhtml");
        // The code that confirmed the enrolment is used: seen over a shoulder, it is worth nothing.
        enterCode(enrolmentCode);
        assertThat(browser.text("#code-error")).isNotBlank();
        assertThat(browser.has("#count-terminals")).isFalse();

        enterCode(freshCode(AGENT, secret));
        assertThat(browser.currentUrl()).contains("/dashboard.xhtml");
        assertThat(browser.has("#count-terminals")).isTrue();
        assertThat(audit(AGENT, "SECOND_FACTOR", "FAILURE")).isEqualTo(codesRefused + 1);
        assertThat(audit(AGENT, "SECOND_FACTOR", "SUCCESS")).isEqualTo(codesAccepted + 1);
    }

    @Test
    void aRecoveryCodeSignsInOnceAndWrongCodesEndTheAttempt() throws Exception {
        long recoveries = audit(ADMIN, "RECOVERY_CODE_USED", "SUCCESS");

        signInWithPassword(ADMIN);
        assertThat(browser.currentUrl()).contains("/login-code.xhtml");
        enterCode("ABCDE FGHJK");
        assertThat(browser.currentUrl()).contains("/dashboard.xhtml");
        assertThat(audit(ADMIN, "RECOVERY_CODE_USED", "SUCCESS")).isEqualTo(recoveries + 1);
        browser.clickAndWaitForPage("#sign-out");

        signInWithPassword(ADMIN);
        enterCode("abcde-fghjk");
        assertThat(browser.text("#code-error")).isNotBlank();
        assertThat(browser.currentUrl()).contains("/login-code.xhtml");
        for (int attempt = 2; attempt <= 4; attempt++) {
            enterCode("zzzzz-zzzzz");
            assertThat(browser.has("#code-error")).isTrue();
        }
        // The fifth wrong code: the password has to be typed again.
        enterCode("zzzzz-zzzzz");
        assertThat(browser.find("#second-factor-expired").getText()).isNotBlank();
        assertThat(browser.find("#username").isDisplayed()).isTrue();
        browser.open(app("login-code.xhtml"));
        assertThat(browser.find("#username").isDisplayed()).isTrue();

        // Wrong codes count as failed sign-ins of the account: the throttle slows and then locks
        // whoever guesses codes (here the growing delay already refuses the later guesses).
        assertThat(accountFailures(ADMIN)).isGreaterThanOrEqualTo(2);
        assertThat(lockedUntil(ADMIN)).as("delayed or locked").isNotNull();

        // The other recovery code still works.
        resetFailures(ADMIN);
        signInWithPassword(ADMIN);
        enterCode("mnpqr-stuvw");
        assertThat(browser.has("#count-terminals")).isTrue();
    }

    @Test
    void theApiRefusesBasicForAUserWithAnAuthenticatorButNotForAMerchantUserWithout() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> admin = http.send(apiGet(ADMIN), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> merchant = http.send(apiGet(MERCHANT), HttpResponse.BodyHandlers.ofString());

        assertThat(admin.statusCode()).isEqualTo(401);
        assertThat(merchant.statusCode()).isEqualTo(404);
    }

    @Test
    void aMerchantUserWithoutAnAuthenticatorSignsInWithThePasswordAlone() {
        signInWithPassword(MERCHANT);

        assertThat(browser.currentUrl()).contains("/dashboard.xhtml");
        assertThat(browser.has("#count-terminals")).isTrue();
    }

    @Test
    void aMerchantUserMayEnrolAndThenNeedsACode() throws Exception {
        signInWithPassword(MERCHANT);
        browser.open(app("two-factor.xhtml"));
        assertThat(browser.has("#enrol-back")).isTrue();
        byte[] secret = Base32.decode(browser.text("#totp-secret"));
        browser.type("#enrol-code", Totp.code(secret, Totp.stepAt(Instant.now()), Totp.DIGITS));
        browser.clickAndWaitForPage("#confirm-enrolment");
        assertThat(browser.texts("#recovery-codes li")).hasSize(10);
        browser.clickAndWaitForPage("#enrol-continue");
        browser.clickAndWaitForPage("#sign-out");

        signInWithPassword(MERCHANT);
        assertThat(browser.currentUrl()).contains("/login-code.xhtml");
        enterCode(freshCode(MERCHANT, secret));
        assertThat(browser.has("#count-terminals")).isTrue();
    }

    @Test
    void anAdministratorResetsALostAuthenticatorAndTheUserStartsOverWithATemporaryPassword() throws Exception {
        long resets = audit(ADMIN, "SECOND_FACTOR_RESET", "SUCCESS");
        signInWithPassword(ADMIN);
        enterCode(freshCode(ADMIN, Base32.decode(ADMIN_SECRET)));
        browser.open(app("users.xhtml"));
        browser.type("#users-prefix", LOST);
        browser.find("#users-search").click();
        browser.waitForText("#users-table", LOST);
        assertThat(browser.texts("#users-table .pd-user-username")).containsExactly(LOST);
        browser.find(".pd-user-reset-authenticator").click();
        browser.find("#users-confirm-yes").click();
        String temporary = browser.text("#users-temporary-password");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(browser.find("#users-authenticator-removed").isDisplayed()).isTrue();
        browser.screenshot("users-authenticator-reset");

        assertThat(storedSecret(LOST, "secret_encrypted")).as("the lost authenticator's secret").isNull();
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select count(*) from user_recovery_code r"
                     + " join app_user u on u.id = r.user_id where u.username = ?")) {
            s.setString(1, LOST);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getLong(1)).as("its recovery codes").isZero();
            }
        }
        assertThat(audit(ADMIN, "SECOND_FACTOR_RESET", "SUCCESS")).isEqualTo(resets + 1);

        try (Browser user = new Browser()) {
            user.open(app("dashboard.xhtml"));
            user.type("#username", LOST);
            user.type("#password", PASSWORD);
            user.clickAndWaitForPage("#sign-in");
            assertThat(user.has("#count-terminals")).as("the old password no longer works").isFalse();
            user.type("#username", LOST);
            user.type("#password", temporary);
            user.clickAndWaitForPage("#sign-in");
            assertThat(user.currentUrl()).as("no code is asked of an authenticator that is gone")
                    .doesNotContain("login-code").containsAnyOf("/two-factor.xhtml", "/password.xhtml");
            assertThat(user.has("#count-terminals")).isFalse();
        }
        resetFailures(LOST);
    }

    private void signInWithPassword(String user) {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", user);
        browser.type("#password", PASSWORD);
        browser.clickAndWaitForPage("#sign-in");
    }

    private void enterCode(String code) {
        browser.type("#code", code);
        browser.clickAndWaitForPage("#verify-code");
    }

    /** A code of a step after the last one used, waiting for the next step when the window has none. */
    private static String freshCode(String user, byte[] secret) throws SQLException, InterruptedException {
        long lastUsed = lastUsedStep(user);
        long now = Totp.stepAt(Instant.now());
        while (Math.max(now - 1, lastUsed + 1) > now + 1) {
            Thread.sleep(1_000);
            now = Totp.stepAt(Instant.now());
        }
        return Totp.code(secret, Math.max(now - 1, lastUsed + 1), Totp.DIGITS);
    }

    private HttpRequest apiGet(String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(app("api/orders/NO-SUCH-ORDER")))
                .header("Authorization", "Basic " + basic).GET().build();
    }

    private String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }

    private static long lastUsedStep(String user) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select f.last_used_step from user_second_factor f"
                     + " join app_user u on u.id = f.user_id where u.username = ?")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static byte[] storedSecret(String user, String column) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select f." + column + " from user_second_factor f"
                     + " join app_user u on u.id = f.user_id where u.username = ?")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        }
    }

    private static java.sql.Timestamp lockedUntil(String user) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement(
                     "select coalesce(locked_until, not_before) from sign_in_throttle where subject = ?")) {
            // The sign-in throttle keeps the account's count and lock (failed passwords and codes alike).
            s.setString(1, "account:" + user.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getTimestamp(1) : null;
            }
        }
    }

    private static int accountFailures(String user) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select failures from sign_in_throttle where subject = ?")) {
            s.setString(1, "account:" + user.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static void resetFailures(String user) throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant.forgetFailedSignIns(c, user);
        }
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
