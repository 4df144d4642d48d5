package org.posdesk.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * The TOTP second factor (RFC 6238) and its recovery codes: who needs one after the password,
 * checking a code, and enrolling an authenticator. Agents and administrators must have one;
 * merchant users may. Every outcome is audited.
 *
 * <p>The methods take the user name from the web tier, which passes either the signed-in caller
 * or a user whose password it has just seen accepted (the sign-in in progress); nothing here
 * checks the password again.
 */
@Local
public interface SecondFactorService {

    /** What a user whose password was just accepted must do before they are signed in. */
    SecondStep stepAfterPassword(String username);

    /**
     * Accepts a 6-digit authenticator code (each time step once) or an unused recovery code (used
     * up by this). A wrong code counts as a failed sign-in of the account, toward its lockout.
     */
    boolean verify(String username, String code, String origin);

    /** A new secret to scan; the current one, if any, stays in force until the new one is confirmed. */
    Enrolment beginEnrolment(String username);

    /**
     * Activates the secret of {@link #beginEnrolment} when {@code code} is one of its codes.
     *
     * @return the new recovery codes, in the clear this once; empty when the code is wrong or no
     *         enrolment is in progress
     */
    Optional<List<String>> confirmEnrolment(String username, String code, String origin);

    SecondFactorStatus status(String username);

    enum SecondStep {
        /** Signed in with the password alone. */
        NONE,
        /** Has an authenticator: must give a code. */
        CODE,
        /** Must have one and has none: must enrol before anything else. */
        ENROL
    }

    /** A secret to enrol, as text and as the key URI a QR code carries. */
    record Enrolment(String secret, String keyUri) {

        @Override
        public String toString() {
            return "Enrolment(secret not shown)";
        }
    }

    record SecondFactorStatus(boolean active, long unusedRecoveryCodes, boolean required) {
    }
}
