package org.posdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void locksAfterFiveFailuresAndUnlocksAfterTheLockout() {
        AppUser user = AppUser.merchantUser("li.na", "Li Na", "hash", 1L, T0);
        for (int i = 0; i < AppUser.MAX_FAILED_ATTEMPTS - 1; i++) {
            user.recordFailedSignIn(T0);
        }
        assertThat(user.isLockedAt(T0)).isFalse();

        user.recordFailedSignIn(T0);

        assertThat(user.isLockedAt(T0.plusSeconds(60))).isTrue();
        assertThat(user.canSignInAt(T0.plus(AppUser.LOCKOUT))).isTrue();
    }

    @Test
    void successResetsTheFailureCount() {
        AppUser user = AppUser.merchantUser("li.na", "Li Na", "hash", 1L, T0);
        user.recordFailedSignIn(T0);
        user.recordSuccessfulSignIn(T0);
        assertThat(user.getFailedAttempts()).isZero();
    }

    @Test
    void merchantUsersSeeOnlyTheirMerchant() {
        AppUser user = AppUser.merchantUser("li.na", "Li Na", "hash", 1L, T0);
        assertThat(user.canSee(1L, 10L)).isTrue();
        assertThat(user.canSee(2L, 10L)).isFalse();
    }
}
