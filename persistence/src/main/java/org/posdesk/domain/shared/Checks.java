package org.posdesk.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the value objects, so each reports bad input the same way. */
public final class Checks {

    private Checks() {
    }

    public static String matching(String value, Pattern pattern, String what) {
        Objects.requireNonNull(value, what + " is required");
        if (!pattern.matcher(value).matches()) {
            // The value itself is left out: a mistyped field could be a card number.
            throw new IllegalArgumentException(what + " must match " + pattern.pattern()
                    + " (got " + value.length() + " characters)");
        }
        return value;
    }

    public static String notBlank(String value, int maxLength, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    public static String optional(String value, int maxLength, String what) {
        return value == null ? null : notBlank(value, maxLength, what);
    }
}
