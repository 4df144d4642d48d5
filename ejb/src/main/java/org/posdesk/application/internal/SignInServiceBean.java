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

@Stateless
public class SignInServiceBean implements SignInService {

    // Checked when the user does not exist, so an unknown name costs as long as a wrong password
    // and response times do not reveal which names are real.
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String DECOY_HASH = HASHER.hash("no such user".toCharArray());

    @Inject
    private UserRepository users;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Optional<Set<String>> verify(String username, char[] password, String origin) {
        Instant now = clock.instant();
        Optional<AppUser> found = users.findByUsername(username);
        if (found.isEmpty()) {
            HASHER.verify(password, DECOY_HASH);
            audit.record(username, "SIGN_IN", AuditTrail.FAILURE, origin, "user", username, "unknown user");
            return Optional.empty();
        }
        AppUser user = found.get();
        if (!user.canSignInAt(now)) {
            HASHER.verify(password, DECOY_HASH);
            audit.record(username, "SIGN_IN", AuditTrail.FAILURE, origin, "user", username,
                    user.isEnabled() ? "account locked" : "account disabled");
            return Optional.empty();
        }
        if (!HASHER.verify(password, user.getPasswordHash())) {
            user.recordFailedSignIn(now);
            audit.record(username, "SIGN_IN", AuditTrail.FAILURE, origin, "user", username,
                    user.isLockedAt(now) ? "wrong password, account now locked" : "wrong password");
            return Optional.empty();
        }
        user.recordSuccessfulSignIn(now);
        audit.record(username, "SIGN_IN", AuditTrail.SUCCESS, origin, "user", username, null);
        return Optional.of(Set.of(user.getRole().name()));
    }

    @Override
    public void signedOut(String username, String origin) {
        audit.record(username, "SIGN_OUT", AuditTrail.SUCCESS, origin, "user", username, null);
    }
}
