package org.posdesk.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.UserAdministration;
import org.posdesk.application.UserSummary;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.user.AppUser;
import org.posdesk.domain.user.PasswordHasher;
import org.posdesk.domain.user.PasswordPolicy;
import org.posdesk.domain.user.Role;
import org.posdesk.domain.user.SecondFactorRepository;
import org.posdesk.domain.user.SignInThrottle;
import org.posdesk.domain.user.SignInThrottleRepository;
import org.posdesk.domain.user.UserRepository;

@Stateless
public class UserAdministrationBean implements UserAdministration {

    // No 0/O, 1/l/I: the administrator reads the password out to the user.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int TEMPORARY_LENGTH = 16;
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    private AccessPolicy access;
    @Inject
    private UserRepository users;
    @Inject
    private MerchantRepository merchants;
    @Inject
    private SignInThrottleRepository throttles;
    @Inject
    private SignInThrottles signInThrottles;
    @Inject
    private AuditTrail audit;
    @Inject
    private SecondFactorRepository factors;

    private final SecureRandom random = new SecureRandom();
    private final PasswordPolicy policy = PasswordPolicy.standard();
    private final Clock clock = Clock.systemUTC();

    @Override
    public List<UserSummary> findUsers(String prefix) {
        administrator();
        Instant now = clock.instant();
        List<AppUser> found = users.findByUsernamePrefix(prefix == null ? "" : prefix.trim(), PAGE);
        Map<String, Instant> locks = throttles.find(found.stream()
                        .map(u -> SignInThrottle.account(u.getUsername())).toList()).stream()
                .filter(t -> t.isLockedAt(now))
                .collect(Collectors.toMap(SignInThrottle::getSubject, t -> t.getLockedUntil().orElseThrow()));
        Map<Long, String> merchantNames = new HashMap<>();
        return found.stream().map(u -> new UserSummary(u.getUsername(), u.getDisplayName(), u.getRole().name(),
                        u.getMerchantId().map(id -> merchantNames.computeIfAbsent(id, this::merchantName)).orElse(null),
                        u.isEnabled(), u.isMustChangePassword(), locks.get(SignInThrottle.account(u.getUsername()))))
                .toList();
    }

    @Override
    public String resetPassword(String username, String origin) {
        Viewer admin = administrator();
        AppUser user = users.findByUsername(username).orElseThrow(() -> new AccessDeniedException("not found"));
        String temporary = temporaryPassword(user.getUsername());
        user.resetPassword(HASHER.hash(temporary.toCharArray()));
        signInThrottles.clearAccount(user.getUsername());
        audit.record(admin.username(), "PASSWORD_RESET", AuditTrail.SUCCESS, origin, "user", user.getUsername(),
                "temporary password set; change required at next sign-in");
        return temporary;
    }

    @Override
    public String resetSecondFactor(String username, String origin) {
        Viewer admin = administrator();
        AppUser user = users.findByUsername(username).orElseThrow(() -> new AccessDeniedException("not found"));
        boolean had = factors.findByUserId(user.getId()).map(factor -> {
            boolean active = factor.isActive();
            factor.revoke();
            return active;
        }).orElse(false);
        String temporary = temporaryPassword(user.getUsername());
        user.resetPassword(HASHER.hash(temporary.toCharArray()));
        signInThrottles.clearAccount(user.getUsername());
        audit.record(admin.username(), "SECOND_FACTOR_RESET", AuditTrail.SUCCESS, origin, "user", user.getUsername(),
                (had ? "authenticator and recovery codes removed" : "no authenticator was enrolled")
                        + "; temporary password set; change required at next sign-in");
        return temporary;
    }

    private Viewer administrator() {
        Viewer viewer = access.viewer();
        if (viewer.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        return viewer;
    }

    // Random, and checked against the same rules a user's choice must pass.
    private String temporaryPassword(String username) {
        while (true) {
            StringBuilder text = new StringBuilder(TEMPORARY_LENGTH);
            for (int i = 0; i < TEMPORARY_LENGTH; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (policy.check(username, text.toString().toCharArray()).isEmpty()) {
                return text.toString();
            }
        }
    }

    private String merchantName(long id) {
        return merchants.findById(id).map(Merchant::getName).orElse("#" + id);
    }
}
