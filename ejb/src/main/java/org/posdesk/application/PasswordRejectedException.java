package org.posdesk.application;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A new password was refused. Does not roll back: the refusal's audit entry is kept.
 * {@link #messageKey()} names the text the page shows.
 */
@ApplicationException(rollback = false)
public class PasswordRejectedException extends RuntimeException {

    /** Why; the rules of {@code PasswordPolicy} and the checks around them. */
    public enum Reason {
        WRONG_CURRENT, SAME_AS_CURRENT, TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, TOO_COMMON,
        /** Too many wrong current passwords, here or at the login page: the sign-in throttle's delay or lockout. */
        THROTTLED
    }

    private final Reason reason;

    public PasswordRejectedException(Reason reason) {
        super("password refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "password.rule." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
