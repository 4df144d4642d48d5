package org.posdesk.domain.user;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not the user name, and
 * not one of the passwords every guessing list starts with. Applied when a password is set
 * (changed or reset), never to hashes already stored.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** PBKDF2 hashes any length, but a megabyte of "password" is not one. */
    public static final int MAX_LENGTH = 256;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** The bundled list of common passwords. */
    public static PasswordPolicy standard() {
        return new PasswordPolicy(CommonPasswords.bundled());
    }

    /** Why {@code password} may not be {@code username}'s new password, or empty when it may. */
    public Optional<Violation> check(String username, char[] password) {
        String candidate = new String(password);
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (containsName(lower, username)) {
            return Optional.of(Violation.CONTAINS_USERNAME);
        }
        if (common.covers(candidate)) {
            return Optional.of(Violation.TOO_COMMON);
        }
        return Optional.empty();
    }

    // A name of a few letters turns up inside many good passwords: only equality counts for those.
    private static boolean containsName(String lowerPassword, String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return false;
        }
        return name.length() < 4 ? lowerPassword.equals(name) : lowerPassword.contains(name);
    }

    /** The reasons, each named by a message key {@code password.rule.<name in lower case>}. */
    public enum Violation {
        TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, TOO_COMMON
    }
}
