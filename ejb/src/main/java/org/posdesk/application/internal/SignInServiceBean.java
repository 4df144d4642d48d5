package org.posdesk.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.posdesk.application.SignInService;
import org.posdesk.domain.user.AppUser;
import org.posdesk.domain.user.PasswordHasher;
import org.posdesk.domain.user.UserRepository;

/**
 * The password step of every sign-in, the form's and the API's alike. Failures are counted per
 * account name and per source address ({@link SignInThrottles}); while either is delayed or
 * locked an attempt is refused without looking at the password. Every answer to the caller is
 * the same empty result, so a wrong password, an unknown name, a disabled account, a delay and a
 * lockout cannot be told apart from outside; the audit trail tells them apart.
 */
@Stateless
public class SignInServiceBean implements SignInService {

    // Checked when the user does not exist, so an unknown name costs as long as a wrong password
    // and response times do not reveal which names are real.
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String DECOY_HASH = HASHER.hash("no such user".toCharArray());

    @Inject
    private UserRepository users;
    @Inject
    private SignInThrottles throttles;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Optional<Set<String>> verify(String username, char[] password, String origin) {
        Instant now = clock.instant();
        SignInThrottles.Attempt attempt = throttles.begin(username, origin, now);
        Optional<Instant> refused = attempt.refusedUntil(now);
        if (refused.isPresent()) {
            audit.record(username, "SIGN_IN", AuditTrail.FAILURE, origin, "user", username,
                    "refused unchecked until " + refused.get() + " (" + attempt.reason(now) + ")");
            return Optional.empty();
        }
        Optional<AppUser> user = users.findByUsername(username);
        String failure = checkPassword(user, password);
        if (failure != null) {
            audit.record(username, "SIGN_IN", AuditTrail.FAILURE, origin, "user", username, failure);
            attempt.failed(now);
            return Optional.empty();
        }
        attempt.succeeded();
        audit.record(username, "SIGN_IN", AuditTrail.SUCCESS, origin, "user", username, null);
        return Optional.of(Set.of(user.get().getRole().name()));
    }

    /** Why the password does not let this user in, or null when it does. */
    private static String checkPassword(Optional<AppUser> user, char[] password) {
        if (user.isEmpty()) {
            HASHER.verify(password, DECOY_HASH);
            return "unknown user";
        }
        if (!user.get().isEnabled()) {
            HASHER.verify(password, DECOY_HASH);
            return "account disabled";
        }
        return HASHER.verify(password, user.get().getPasswordHash()) ? null : "wrong password";
    }

    @Override
    public void signedOut(String username, String origin) {
        audit.record(username, "SIGN_OUT", AuditTrail.SUCCESS, origin, "user", username, null);
    }
}
