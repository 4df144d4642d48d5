package org.posdesk.application.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private final DeliveryBackoff backoff = new DeliveryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(10), 10);

    @Test
    void doublesFromTheFirstDelay() {
        assertThat(backoff.retryAt(1, NOW)).contains(NOW.plusSeconds(10));
        assertThat(backoff.retryAt(2, NOW)).contains(NOW.plusSeconds(20));
        assertThat(backoff.retryAt(4, NOW)).contains(NOW.plusSeconds(80));
    }

    @Test
    void isCappedAtTheMaximum() {
        assertThat(backoff.retryAt(7, NOW)).contains(NOW.plusSeconds(600));   // 640 s capped
        assertThat(backoff.retryAt(9, NOW)).contains(NOW.plusSeconds(600));
    }

    @Test
    void givesUpAfterTheLastAllowedAttempt() {
        assertThat(backoff.retryAt(10, NOW)).isEmpty();
        assertThat(DeliveryBackoff.NONE.retryAt(1, NOW)).isEmpty();
    }

    @Test
    void refusesANonsensicalPolicy() {
        assertThatThrownBy(() -> new DeliveryBackoff(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
