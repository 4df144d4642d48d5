package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.OutboundMessage;
import org.posdesk.connector.demo.DemoKeys;
import org.posdesk.domain.user.Base32;
import org.posdesk.domain.user.Totp;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.terminals.RawTerminal;

/**
 * MAC key rotation, attacked from both ends. An administrator asks for it on the terminal's page
 * (confirmed, audited); the key itself appears nowhere — not on the page, not in the database
 * unencrypted, not in the server log. The terminal receives it under its TMK at its next sign-on;
 * posdesk accepts the old key until the first request signed with the new one, and refuses the old
 * one from then on. A merchant user gets no key panel. A key older than its allowed age is
 * rotated at sign-on without anyone asking.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyRotationIT {

    private static final String ADMIN = "it-keys-admin";
    private static final String ADMIN_PASSWORD = "it-keys-secret-admin-1";
    private static final String ADMIN_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    private static final String MERCHANT = "it-keys-merchant";
    private static final String MERCHANT_PASSWORD = "it-keys-secret-merchant-1";
    private static final String MID = "ITKR00000000000";
    private static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

    /** A batch of this run's own, so repeated runs never collide on (TID, batch, STAN). */
    private static final String BATCH = "%06d".formatted(100 + (int) (System.currentTimeMillis() / 1000 % 800_000));

    private TestTenant tenant;
    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "KR", "Key rotation merchant", 1, 2, 0, MERCHANT, MERCHANT_PASSWORD);
            TestTenant.ensureStaff(c, ADMIN, ADMIN_PASSWORD, "ADMIN");
            TestTenant.enrolSecondFactor(c, ADMIN, ADMIN_SECRET, List.of());
        }
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void anAdministratorRotatesAKeyThatTheTerminalTakesAtSignOnAndNobodySees() throws Exception {
        String tid = tenant.tids.get(0);
        Path log = Path.of(System.getProperty("posdesk.server.base"), "log", "server.log");
        long logBefore = Files.exists(log) ? Files.size(log) : 0;
        long auditBefore = count("select count(*) from audit_entry where username = ? and event = ?"
                + " and target_id = ?", ADMIN, "MAC_KEY_ROTATION_REQUESTED", tid);

        signInAsAdmin();
        browser.open(app("terminal.xhtml?tid=" + tid));
        assertThat(browser.attribute("#key-rotation", "data-pending")).isEqualTo("false");
        browser.find("#rotate-key").click();
        browser.find("#key-confirm-yes").click();
        // The panel is replaced by the ajax update: a found element may go stale before it is read.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "true".equals(d.findElement(By.id("key-rotation")).getAttribute("data-pending")));
        assertThat(browser.find("#rotate-key").getAttribute("disabled")).as("one rotation at a time").isNotNull();
        browser.screenshot("key-rotation-pending");
        String page = browser.pageSource();

        assertThat(count("select count(*) from audit_entry where username = ? and event = ? and target_id = ?"
                + " and outcome = 'SUCCESS' and origin = '127.0.0.1'", ADMIN, "MAC_KEY_ROTATION_REQUESTED", tid))
                .isEqualTo(auditBefore + 1);

        byte[] newMak;
        try (RawTerminal terminal = new RawTerminal(tid)) {
            Frame signOn = terminal.exchange(signOn(tid));
            assertThat(signOn.message().text(39)).hasValue("00");
            byte[] field62 = signOn.message().binary(62).orElseThrow(() -> new AssertionError("no key in the sign-on reply"));
            newMak = unwrap(field62, DemoKeys.tmk(tid));
            assertThat(newMak).isNotEqualTo(DemoKeys.mak(tid));

            // Until the terminal uses the new key, the old one still verifies.
            assertThat(terminal.exchange(advice(tid, "000001")).message().text(39)).hasValue("00");
            terminal.useMak(newMak);
            assertThat(terminal.exchange(advice(tid, "000002")).message().text(39)).hasValue("00");
            terminal.useMak(DemoKeys.mak(tid));
            assertThat(terminal.exchange(advice(tid, "000003")).message().text(39))
                    .as("the old key is refused once the new one is in use").isPresent().hasValueSatisfying(
                            code -> assertThat(code).isNotEqualTo("00"));
        }
        try (RawTerminal terminal = new RawTerminal(tid)) {
            terminal.useMak(newMak);
            Frame again = terminal.exchange(signOn(tid));
            assertThat(again.message().binary(62)).as("no second key once the first is in use").isEmpty();
            assertThat(terminal.exchange(advice(tid, "000004")).message().text(39)).hasValue("00");
        }

        String hex = HexFormat.of().formatHex(newMak);
        String b64 = Base64.getEncoder().encodeToString(newMak);
        assertThat(page).doesNotContainIgnoringCase(hex).doesNotContain(b64);
        String logAdded = Files.exists(log) ? tail(log, logBefore) : "";
        assertThat(logAdded).doesNotContainIgnoringCase(hex).doesNotContain(b64);
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select mak_encrypted, mak_pending_encrypted, mak_activated_at"
                     + " from terminal where tid = ?")) {
            s.setString(1, tid);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                byte[] stored = r.getBytes(1);
                assertThat(indexOf(stored, newMak)).as("the key is stored encrypted only").isEqualTo(-1);
                assertThat(r.getBytes(2)).isNull();
                assertThat(r.getTimestamp(3)).isNotNull();
            }
        }
        browser.open(app("terminal.xhtml?tid=" + tid));
        assertThat(browser.attribute("#key-rotation", "data-pending")).isEqualTo("false");
    }

    @Test
    void aMerchantUserSeesNoKeyPanel() throws Exception {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", MERCHANT);
        browser.type("#password", MERCHANT_PASSWORD);
        browser.clickAndWaitForPage("#sign-in");
        browser.open(app("terminal.xhtml?tid=" + tenant.tids.get(0)));
        assertThat(browser.has("#terminal-tid")).as("the merchant sees their terminal").isTrue();
        assertThat(browser.has("#key-form")).isFalse();
        assertThat(browser.has("#rotate-key")).isFalse();
    }

    @Test
    void aKeyOlderThanItsAllowedAgeIsRotatedAtSignOn() throws Exception {
        String tid = tenant.tids.get(1);
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("update terminal set mak_activated_at = ? where tid = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)));
            s.setString(2, tid);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        try (RawTerminal terminal = new RawTerminal(tid)) {
            Frame signOn = terminal.exchange(signOn(tid));
            byte[] newMak = unwrap(signOn.message().binary(62)
                    .orElseThrow(() -> new AssertionError("a 31-day-old key was not rotated")), DemoKeys.tmk(tid));
            terminal.useMak(newMak);
            assertThat(terminal.exchange(advice(tid, "000001")).message().text(39)).hasValue("00");
        }
        assertThat(count("select count(*) from terminal where tid = ? and mak_pending_encrypted is null"
                + " and mak_activated_at > now() - interval 1 hour", tid)).isEqualTo(1);
    }

    private void signInAsAdmin() {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", ADMIN);
        browser.type("#password", ADMIN_PASSWORD);
        browser.clickAndWaitForPage("#sign-in");
        browser.type("#code", Totp.code(Base32.decode(ADMIN_SECRET), Totp.stepAt(Instant.now()), Totp.DIGITS));
        browser.clickAndWaitForPage("#verify-code");
    }

    private static IsoMessage signOn(String tid) {
        return IsoMessage.of("0800").with(11, "000001").with(41, tid).with(42, MID).with(60, "00000000001");
    }

    private static OutboundMessage advice(String tid, String stan) {
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        return OutboundMessage.of(IsoMessage.of("0220").with(3, "000000").with(4, "%012d".formatted(990))
                .with(11, stan).with(12, at.format(HHMMSS)).with(13, at.format(MMDD)).with(22, "071")
                .with(37, "88" + BATCH + stan.substring(2)).with(38, "K" + stan.substring(1))
                .with(39, "00").with(41, tid).with(42, MID).with(49, "156").with(60, "22" + BATCH + "000"))
                .withPan("6222021234567890127");
    }

    /** Field 62: the new MAK under the TMK (3DES-ECB) and its check value, as protocol.md has it. */
    private static byte[] unwrap(byte[] field62, byte[] tmk) throws GeneralSecurityException {
        assertThat(field62).hasSizeGreaterThanOrEqualTo(20);
        byte[] mak = tripleDes(Cipher.DECRYPT_MODE, tmk).doFinal(field62, 0, 16);
        byte[] check = Arrays.copyOf(tripleDes(Cipher.ENCRYPT_MODE, mak).doFinal(new byte[8]), 4);
        assertThat(MessageDigest.isEqual(check, Arrays.copyOfRange(field62, 16, 20))).as("check value").isTrue();
        return mak;
    }

    private static Cipher tripleDes(int mode, byte[] doubleLength) throws GeneralSecurityException {
        byte[] key = Arrays.copyOf(doubleLength, 24);
        System.arraycopy(doubleLength, 0, key, 16, 8);
        Cipher cipher = Cipher.getInstance("DESede/ECB/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "DESede"));
        return cipher;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String tail(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from));
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port", "18080") + "/posdesk/" + path;
    }
}
