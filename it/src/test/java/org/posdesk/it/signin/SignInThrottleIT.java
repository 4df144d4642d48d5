package org.posdesk.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
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

/**
 * Guessing passwords over the API, which shares the form's identity store: five wrong passwords
 * lock an account for 30 minutes, from any address; the failures before are slowed by a growing
 * delay during which even the right password is refused unchecked; twenty failures on made-up
 * names lock the source address (password spraying) but not the accounts from elsewhere; and an
 * unknown name answers exactly as a known one. Every step is in the audit trail with its address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    private static final String USER = "it-throttle-user";
    private static final String PASSWORD = "it-throttle-password-1";
    private static final int ADDRESS_LIMIT = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeEach
    void user() throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant.ensure(c, "TZ", "Throttle merchant", 1, 1, 0, USER, PASSWORD);
        }
    }

    @Test
    void aFailureSlowsTheNextAttemptAndEvenTheRightPasswordWaitsItsTurn() throws Exception {
        LoopbackClient client = LoopbackClient.fresh();
        assertThat(client.call(USER, "wrong-1")).isEqualTo(401);
        assertThat(client.call(USER, "wrong-2")).isEqualTo(401);
        // Two failures: the next attempt must wait a second; the right password now is not even checked.
        assertThat(client.call(USER, PASSWORD)).as("right password inside the delay").isEqualTo(401);
        assertThat(audit(USER, "SIGN_IN", "FAILURE", client.address(), "refused unchecked%")).isEqualTo(1);

        Thread.sleep(1_200);
        assertThat(client.call(USER, PASSWORD)).as("right password after the delay").isNotEqualTo(401);
        assertThat(client.call(USER, "wrong-3")).as("success cleared the count: no delay").isEqualTo(401);
        assertThat(client.call(USER, PASSWORD)).isNotEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForThirtyMinutesFromEveryAddress() throws Exception {
        LoopbackClient guesser = LoopbackClient.fresh();
        Instant started = Instant.now();
        failFiveTimes(guesser, USER);

        assertThat(guesser.call(USER, PASSWORD)).as("right password while locked").isEqualTo(401);
        assertThat(LoopbackClient.fresh().call(USER, PASSWORD)).as("from another address").isEqualTo(401);
        Instant lockedUntil = lockedUntil("account:" + USER);
        assertThat(lockedUntil).isBetween(started.plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));
        assertThat(audit(USER, "SIGN_IN", "FAILURE", guesser.address(), "wrong password")).isEqualTo(5);
        assertThat(audit(USER, "LOCKOUT", "FAILURE", guesser.address(), "%account locked until%")).isEqualTo(1);
    }

    @Test
    void anUnknownNameIsCountedAndLockedExactlyLikeAKnownOne() throws Exception {
        String nobody = "it-nobody-" + UUID.randomUUID().toString().substring(0, 8);
        LoopbackClient guesser = LoopbackClient.fresh();
        failFiveTimes(guesser, nobody);

        assertThat(lockedUntil("account:" + nobody)).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
        assertThat(guesser.call(nobody, PASSWORD)).isEqualTo(401);
        assertThat(audit(nobody, "LOCKOUT", "FAILURE", guesser.address(), "%")).isEqualTo(1);
    }

    @Test
    void twentyFailuresOnManyNamesLockTheAddressButNotTheAccounts() throws Exception {
        LoopbackClient sprayer = LoopbackClient.fresh();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int n = 1; n <= ADDRESS_LIMIT; n++) {
            assertThat(sprayer.call("it-spray-" + run + "-" + n, "Summer2026!")).isEqualTo(401);
            // The address's last failures before its lock are slowed like an account's.
            Thread.sleep(addressDelayMillis(n) + 100);
        }
        assertThat(audit(null, "SIGN_IN", "FAILURE", sprayer.address(), "unknown user"))
                .as("every guess was checked, none refused for speed").isEqualTo(ADDRESS_LIMIT);

        assertThat(sprayer.call(USER, PASSWORD)).as("a real user's right password from the locked address")
                .isEqualTo(401);
        assertThat(LoopbackClient.fresh().call(USER, PASSWORD)).as("the same user from elsewhere").isNotEqualTo(401);
        assertThat(lockedUntil("address:" + sprayer.address())).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
        assertThat(audit(null, "LOCKOUT", "FAILURE", sprayer.address(), "%from this address%")).isEqualTo(1);
    }

    /** Five wrong passwords, each after the delay the one before imposed, so all five are counted. */
    private static void failFiveTimes(LoopbackClient client, String username) throws InterruptedException {
        long[] delays = {0, 1_000, 2_000, 4_000};
        for (int n = 1; n <= 5; n++) {
            assertThat(client.call(username, "wrong-" + n)).isEqualTo(401);
            if (n < 5) {
                Thread.sleep(delays[n - 1] + 150);
            }
        }
    }

    private static long addressDelayMillis(int failures) {
        int beforeLimit = ADDRESS_LIMIT - failures;
        return beforeLimit >= 1 && beforeLimit <= 3 ? 1000L << (3 - beforeLimit) : 0;
    }

    private static Instant lockedUntil(String subject) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select locked_until from sign_in_throttle where subject = ?")) {
            s.setString(1, subject);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("a throttle row for " + subject).isTrue();
                Timestamp until = r.getTimestamp(1);
                assertThat(until).as("locked_until of " + subject).isNotNull();
                return until.toInstant();
            }
        }
    }

    /** Audit entries of this event from this address; a null user matches any. */
    private static long audit(String user, String event, String outcome, String origin, String detailLike)
            throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select count(*) from audit_entry where event = ? and outcome = ?"
                     + " and origin = ? and detail like ? and (? is null or username = ?)")) {
            s.setString(1, event);
            s.setString(2, outcome);
            s.setString(3, origin);
            s.setString(4, detailLike);
            s.setString(5, user);
            s.setString(6, user);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
