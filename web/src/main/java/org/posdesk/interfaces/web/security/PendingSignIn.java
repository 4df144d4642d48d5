package org.posdesk.interfaces.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.posdesk.application.SecondFactorService.SecondStep;

/**
 * A sign-in half done: the password was right, the second factor is still to come. Kept in the
 * HTTP session, never sent to the browser, and not an authentication: the container knows no
 * caller until {@link SecondFactorIdentityStore} accepts this after the second step. It lapses
 * after a few minutes and after a few wrong codes, so the password has to be typed again.
 */
public final class PendingSignIn implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_KEY = PendingSignIn.class.getName();
    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int MAX_WRONG_CODES = 5;

    private final String username;
    private final Set<String> roles;
    private final SecondStep step;
    private final Instant passwordAcceptedAt;
    private int wrongCodes;
    private boolean secondFactorPassed;

    PendingSignIn(String username, Set<String> roles, SecondStep step, Instant passwordAcceptedAt) {
        this.username = username;
        this.roles = Set.copyOf(roles);
        this.step = step;
        this.passwordAcceptedAt = passwordAcceptedAt;
    }

    /** The sign-in in progress in this session, if there is one and it has not lapsed. */
    static Optional<PendingSignIn> of(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((PendingSignIn) session.getAttribute(SESSION_KEY))
                .filter(p -> p.isCurrentAt(Instant.now()));
    }

    static void clear(HttpSession session) {
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }

    void storeIn(HttpSession session) {
        session.setAttribute(SESSION_KEY, this);
    }

    boolean isCurrentAt(Instant at) {
        return at.isBefore(passwordAcceptedAt.plus(LIFETIME)) && wrongCodes < MAX_WRONG_CODES;
    }

    /** @return whether the sign-in may go on */
    boolean wrongCode() {
        wrongCodes++;
        return wrongCodes < MAX_WRONG_CODES;
    }

    /** Called once the service accepted a code, or confirmed an enrolment. */
    void secondFactorPassed() {
        secondFactorPassed = true;
    }

    boolean isComplete(Instant at) {
        return secondFactorPassed && isCurrentAt(at);
    }

    String username() {
        return username;
    }

    Set<String> roles() {
        return roles;
    }

    SecondStep step() {
        return step;
    }
}
