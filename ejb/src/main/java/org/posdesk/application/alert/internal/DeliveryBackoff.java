package org.posdesk.application.alert.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code first}, doubling per failed attempt, capped at
 * {@code max}; after {@code attempts} attempts in all, never.
 */
record DeliveryBackoff(Duration first, Duration max, int attempts) {

    /** One attempt, no retry. */
    static final DeliveryBackoff NONE = new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1);

    DeliveryBackoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("backoff " + first + " to " + max + " over " + attempts + " attempts");
        }
    }

    /** @param failedAttempts attempts made so far, the one that just failed included */
    Optional<Instant> retryAt(int failedAttempts, Instant now) {
        if (failedAttempts >= attempts) {
            return Optional.empty();
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(now.plus(delay.compareTo(max) > 0 ? max : delay));
    }
}
