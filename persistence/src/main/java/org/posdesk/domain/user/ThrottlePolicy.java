package org.posdesk.domain.user;

import java.time.Duration;

/**
 * How many failed sign-ins a subject (an account name or a source address) may have within a
 * window before it is locked, and how long the lock lasts. The last failures before the lock
 * are slowed down by a doubling delay (0, 1, 2, 4 s for a limit of 5), so a person who mistypes
 * twice waits a moment while a guessing script loses most of its speed well before the lock.
 */
public record ThrottlePolicy(int limit, Duration window, Duration lockout) {

    /** Five failures lock an account for 30 minutes. */
    public static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(5, Duration.ofMinutes(30), Duration.ofMinutes(30));

    private static final int DELAYED_FAILURES = 3;

    public ThrottlePolicy {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("window and lockout must be positive");
        }
    }

    /** A source address may fail {@code limit} times (many accounts behind one office NAT). */
    public static ThrottlePolicy address(int limit) {
        return new ThrottlePolicy(limit, Duration.ofMinutes(30), Duration.ofMinutes(30));
    }

    /** The wait after the {@code failures}-th failure in a row; the limit itself locks instead. */
    public Duration delayAfter(int failures) {
        int beforeLimit = limit - failures; // 1 for the last failure before the lock
        if (failures < 1 || beforeLimit < 1 || beforeLimit > DELAYED_FAILURES) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(1L << (DELAYED_FAILURES - beforeLimit));
    }
}
