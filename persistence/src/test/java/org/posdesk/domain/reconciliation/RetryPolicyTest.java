package org.posdesk.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.reconciliation.RetryPolicy.Verdict;

class RetryPolicyTest {

    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMinutes(5), 4);
    private static final Instant T0 = Instant.parse("2026-03-10T00:00:00Z");

    @Test
    void theWaitDoublesAfterEachAttemptAndTheLimitEndsIt() {
        assertThat(POLICY.decide(0, null, T0)).isEqualTo(Verdict.RETRY);
        assertThat(POLICY.decide(1, T0, T0.plus(Duration.ofMinutes(4)))).isEqualTo(Verdict.WAIT);
        assertThat(POLICY.decide(1, T0, T0.plus(Duration.ofMinutes(5)))).isEqualTo(Verdict.RETRY);
        assertThat(POLICY.decide(2, T0, T0.plus(Duration.ofMinutes(9)))).isEqualTo(Verdict.WAIT);
        assertThat(POLICY.decide(3, T0, T0.plus(Duration.ofMinutes(20)))).isEqualTo(Verdict.RETRY);
        assertThat(POLICY.decide(4, T0, T0.plus(Duration.ofDays(9)))).isEqualTo(Verdict.GIVE_UP);
        assertThat(POLICY.delayAfter(1000)).as("no overflow").isEqualTo(Duration.ofMinutes(5).multipliedBy(1 << 20));
    }
}
