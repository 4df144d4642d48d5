package org.posdesk.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Arrays;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.PasswordRejectedException;
import org.posdesk.application.PasswordRejectedException.Reason;
import org.posdesk.application.PasswordService;
import org.posdesk.application.RequestOrigin;
import org.posdesk.domain.user.AppUser;
import org.posdesk.domain.user.PasswordHasher;
import org.posdesk.domain.user.PasswordPolicy;
import org.posdesk.domain.user.UserRepository;

@Stateless
public class PasswordServiceBean implements PasswordService {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    private AccessPolicy access;
    @Inject
    private UserRepository users;
    @Inject
    private AuditTrail audit;
    @Inject
    private SignInThrottles throttles;

    private final PasswordPolicy policy = PasswordPolicy.standard();
    private final Clock clock = Clock.systemUTC();

    @Override
    public boolean mustChangePassword() {
        return caller().isMustChangePassword();
    }

    @Override
    public void changeOwnPassword(char[] current, char[] next, String origin) {
        AppUser user = caller();
        String name = user.getUsername();
        Instant now = clock.instant();
        // The current password is checked like a sign-in: a stolen session cannot be used to guess
        // it faster than the login page allows, and wrong guesses here count there too.
        SignInThrottles.Attempt attempt = throttles.begin(name,
                origin != null ? origin : Objects.requireNonNullElse(RequestOrigin.current(), "unknown"), now);
        if (attempt.refusedUntil(now).isPresent()) {
            throw refused(name, origin, Reason.THROTTLED);
        }
        if (!HASHER.verify(current, user.getPasswordHash())) {
            attempt.failed(now);
            throw refused(name, origin, Reason.WRONG_CURRENT);
        }
        attempt.succeeded();
        if (Arrays.equals(current, next)) {
            throw refused(name, origin, Reason.SAME_AS_CURRENT);
        }
        policy.check(name, next).ifPresent(v -> {
            throw refused(name, origin, Reason.valueOf(v.name()));
        });
        user.changePassword(HASHER.hash(next), clock.instant());
        audit.record(name, "PASSWORD_CHANGE", AuditTrail.SUCCESS, origin, "user", name, null);
    }

    private PasswordRejectedException refused(String name, String origin, Reason reason) {
        audit.record(name, "PASSWORD_CHANGE", AuditTrail.FAILURE, origin, "user", name, reason.name());
        return new PasswordRejectedException(reason);
    }

    private AppUser caller() {
        String name = access.viewer().username();
        return users.findByUsername(name).orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
