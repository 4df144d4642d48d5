package org.posdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void theDelayDoublesBeforeTheLimitAndTheLimitLocks() {
        ThrottlePolicy account = ThrottlePolicy.ACCOUNT;
        assertThat(account.delayAfter(1)).isZero();
        assertThat(account.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(account.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(account.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(account.delayAfter(5)).isZero();
        ThrottlePolicy address = ThrottlePolicy.address(20);
        assertThat(address.delayAfter(16)).isZero();
        assertThat(address.delayAfter(17)).isEqualTo(Duration.ofSeconds(1));
        assertThat(address.delayAfter(19)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void fiveFailuresLockForThirtyMinutesAndEachDelayRefusesUntilItEnds() {
        SignInThrottle throttle = SignInThrottle.unsaved(SignInThrottle.account("Li.Na"));
        Instant at = T0;
        for (int failure = 1; failure < 5; failure++) {
            assertThat(throttle.refusedUntil(at)).as("before failure " + failure).isEmpty();
            assertThat(throttle.recordFailure(at, ThrottlePolicy.ACCOUNT)).isFalse();
            Duration delay = ThrottlePolicy.ACCOUNT.delayAfter(failure);
            if (!delay.isZero()) {
                assertThat(throttle.refusedUntil(at.plus(delay).minusMillis(1))).contains(at.plus(delay));
            }
            at = at.plus(delay);
        }
        assertThat(throttle.recordFailure(at, ThrottlePolicy.ACCOUNT)).isTrue();
        assertThat(throttle.isLockedAt(at.plus(Duration.ofMinutes(30)).minusMillis(1))).isTrue();
        assertThat(throttle.refusedUntil(at.plus(Duration.ofMinutes(30)))).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowStartAgain() {
        SignInThrottle throttle = SignInThrottle.unsaved(SignInThrottle.account("li.na"));
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(T0.plusSeconds(10L * i), ThrottlePolicy.ACCOUNT);
        }
        assertThat(throttle.recordFailure(T0.plus(Duration.ofMinutes(31)), ThrottlePolicy.ACCOUNT)).isFalse();
        assertThat(throttle.getFailures()).isEqualTo(1);
    }

    @Test
    void accountKeysIgnoreCaseAndLongNamesAreHashed() {
        assertThat(SignInThrottle.account(" Li.Na ")).isEqualTo(SignInThrottle.account("li.na"));
        String longName = "x".repeat(5000);
        assertThat(SignInThrottle.account(longName)).startsWith("account:sha256:").hasSizeLessThan(160);
        assertThat(SignInThrottle.address("10.0.0.1")).isEqualTo("address:10.0.0.1");
    }
}
