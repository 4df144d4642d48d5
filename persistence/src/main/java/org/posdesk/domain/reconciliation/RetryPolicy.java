package org.posdesk.domain.reconciliation;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff for automatic resubmissions of an incomplete upload: the first right away,
 * each later one after {@code base} × 2^(retries − 1) from the previous; after {@code limit}
 * retries a person is told instead.
 */
public record RetryPolicy(Duration base, int limit) {

    public enum Verdict { WAIT, RETRY, GIVE_UP }

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || limit < 1) {
            throw new IllegalArgumentException("backoff needs a positive base and limit");
        }
    }

    public Verdict decide(int retries, Instant lastRetryAt, Instant now) {
        if (retries >= limit) {
            return Verdict.GIVE_UP;
        }
        if (retries == 0 || lastRetryAt == null) {
            return Verdict.RETRY;
        }
        return now.isBefore(lastRetryAt.plus(delayAfter(retries))) ? Verdict.WAIT : Verdict.RETRY;
    }

    /** The wait after the {@code retries}-th resubmission (1-based), capped so the shift cannot overflow. */
    public Duration delayAfter(int retries) {
        return base.multipliedBy(1L << Math.min(Math.max(retries - 1, 0), 20));
    }
}
