package org.posdesk.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed sign-ins of one subject: an account name (known or not) or a source address. Read and
 * changed under a row lock, so parallel guesses are counted one after the other and none slips
 * through the delay.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    private static final int MAX_READABLE = 120;

    @Id
    @Column(name = "subject", length = 160)
    private String subject;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "not_before")
    private Instant notBefore;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {
    }

    /** The key of an account name: lower case, as the users table compares names. */
    public static String account(String username) {
        return key("account:", username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    public static String address(String origin) {
        return key("address:", origin == null ? "unknown" : origin);
    }

    // A made-up name may be of any length; beyond what a column holds it is counted by its hash.
    private static String key(String prefix, String value) {
        if (value.length() <= MAX_READABLE) {
            return prefix + value;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return prefix + "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Until when attempts are refused without looking at the password, if they are now. */
    public Optional<Instant> refusedUntil(Instant now) {
        Instant until = later(notBefore, lockedUntil);
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /**
     * Counts a failure at {@code now}.
     *
     * @return true when this failure locked the subject
     */
    public boolean recordFailure(Instant now, ThrottlePolicy policy) {
        Objects.requireNonNull(now, "now");
        if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(policy.window()))) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures >= policy.limit()) {
            lockedUntil = now.plus(policy.lockout());
            notBefore = null;
            failures = 0;
            windowStartedAt = now;
            return true;
        }
        notBefore = now.plus(policy.delayAfter(failures));
        return false;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    /** A subject with no failures, not stored (nothing will be counted for it). */
    public static SignInThrottle unsaved(String subject) {
        SignInThrottle throttle = new SignInThrottle();
        throttle.subject = Objects.requireNonNull(subject, "subject");
        return throttle;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignInThrottle other && subject.equals(other.subject);
    }

    @Override
    public int hashCode() {
        return subject.hashCode();
    }
}
