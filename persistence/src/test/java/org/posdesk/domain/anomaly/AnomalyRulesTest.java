package org.posdesk.domain.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AnomalyRulesTest {

    private final AnomalyRules rules = AnomalyRules.defaults(7);

    @Test
    void defaultsFlagAmountsAboveTwentyThousandYuanNightsFromOneToFiveAndRepeatsWithinTenMinutes() {
        assertThat(rules.isAmountAbove(2_000_000)).isFalse();
        assertThat(rules.isAmountAbove(2_000_001)).isTrue();
        assertThat(rules.isNight(LocalTime.of(0, 59))).isFalse();
        assertThat(rules.isNight(LocalTime.of(1, 0))).isTrue();
        assertThat(rules.isNight(LocalTime.of(4, 59, 59))).isTrue();
        assertThat(rules.isNight(LocalTime.of(5, 0))).as("the end is exclusive").isFalse();
        assertThat(rules.repeatWindow()).contains(Duration.ofMinutes(10));
    }

    @Test
    void aNightWindowMayRunOverMidnight() {
        rules.change(100L, true, LocalTime.of(22, 0), LocalTime.of(6, 0), 5, "admin", Instant.EPOCH);

        assertThat(rules.isNight(LocalTime.of(21, 59))).isFalse();
        assertThat(rules.isNight(LocalTime.of(22, 0))).isTrue();
        assertThat(rules.isNight(LocalTime.of(23, 30))).isTrue();
        assertThat(rules.isNight(LocalTime.MIDNIGHT)).isTrue();
        assertThat(rules.isNight(LocalTime.of(5, 59))).isTrue();
        assertThat(rules.isNight(LocalTime.of(6, 0))).isFalse();
        assertThat(rules.isNight(LocalTime.NOON)).isFalse();
    }

    @Test
    void emptyThresholdsTurnTheirRulesOff() {
        rules.change(null, false, LocalTime.of(1, 0), LocalTime.of(5, 0), null, "admin", Instant.EPOCH);

        assertThat(rules.isAmountAbove(Long.MAX_VALUE)).isFalse();
        assertThat(rules.isNight(LocalTime.of(2, 0))).isFalse();
        assertThat(rules.repeatWindow()).isEmpty();
        assertThat(rules.describe()).isEqualTo("amountAbove=off night=off repeatWithin=off");
    }

    @Test
    void refusesThresholdsOutOfRangeAndKeepsTheOldOnes() {
        assertThatThrownBy(() -> rules.change(0L, true, LocalTime.of(1, 0), LocalTime.of(5, 0), 5, "a", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.change(1L, true, LocalTime.of(1, 0), LocalTime.of(1, 0), 5, "a", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.change(1L, true, LocalTime.of(1, 0), LocalTime.of(5, 0), 1441, "a", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rules.getAmountAboveMinor()).contains(AnomalyRules.DEFAULT_AMOUNT_ABOVE_MINOR);
    }
}
