package org.posdesk.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.SecondFactorService;
import org.posdesk.domain.user.AppUser;
import org.posdesk.domain.user.Base32;
import org.posdesk.domain.user.RecoveryCode;
import org.posdesk.domain.user.Role;
import org.posdesk.domain.user.SecondFactor;
import org.posdesk.domain.user.SecondFactorRepository;
import org.posdesk.domain.user.Totp;
import org.posdesk.domain.user.UserRepository;
import org.posdesk.infrastructure.crypto.KeyVault;

@Stateless
public class SecondFactorServiceBean implements SecondFactorService {

    static final String ISSUER = "posdesk";
    static final String EVENT_CODE = "SECOND_FACTOR";
    static final String EVENT_RECOVERY = "RECOVERY_CODE_USED";
    static final String EVENT_ENROLMENT = "SECOND_FACTOR_ENROLMENT";

    @Inject
    private UserRepository users;
    @Inject
    private SecondFactorRepository factors;
    @Inject
    private KeyVault vault;
    @Inject
    private AuditTrail audit;
    @Inject
    private SignInThrottles throttles;

    private final Clock clock = Clock.systemUTC();

    @Override
    public SecondStep stepAfterPassword(String username) {
        Optional<AppUser> user = users.findByUsername(username);
        if (user.isEmpty()) {
            return SecondStep.NONE;
        }
        if (activeFactor(user.get()).isPresent()) {
            return SecondStep.CODE;
        }
        return required(user.get()) ? SecondStep.ENROL : SecondStep.NONE;
    }

    @Override
    public boolean verify(String username, String code, String origin) {
        Instant now = clock.instant();
        AppUser user = user(username);
        Optional<SecondFactor> factor = activeFactor(user);
        // A code is a sign-in attempt like a password: the same per-account and per-address counts
        // delay and then lock whoever guesses codes.
        SignInThrottles.Attempt attempt = throttles.begin(username,
                origin != null ? origin : java.util.Objects.requireNonNullElse(org.posdesk.application.RequestOrigin.current(), "unknown"), now);
        if (!user.canSignInAt(now) || factor.isEmpty() || attempt.refusedUntil(now).isPresent()) {
            audit.record(username, EVENT_CODE, AuditTrail.FAILURE, origin, "user", username,
                    factor.isEmpty() ? "no authenticator enrolled" : "account locked, delayed or disabled");
            return false;
        }
        SecondFactor f = factor.get();
        OptionalLong step = f.acceptedStep(vault.decrypt(f.getSecretEncrypted().orElseThrow()), code, now);
        if (step.isPresent()) {
            f.useStep(step.getAsLong());
            audit.record(username, EVENT_CODE, AuditTrail.SUCCESS, origin, "user", username, "authenticator code");
            return true;
        }
        if (f.useRecoveryCode(code, now)) {
            audit.record(username, EVENT_RECOVERY, AuditTrail.SUCCESS, origin, "user", username,
                    f.unusedRecoveryCodes() + " recovery codes left");
            return true;
        }
        attempt.failed(now);
        audit.record(username, EVENT_CODE, AuditTrail.FAILURE, origin, "user", username,
                attempt.refusedUntil(now).isPresent() ? "wrong code; further attempts delayed or locked" : "wrong code");
        return false;
    }

    @Override
    public Enrolment beginEnrolment(String username) {
        AppUser user = user(username);
        byte[] secret = KeyVault.randomKey(Totp.SECRET_BYTES);
        SecondFactor factor = factors.findByUserId(user.getId()).orElseGet(() -> {
            SecondFactor created = SecondFactor.of(user);
            factors.add(created);
            return created;
        });
        factor.beginEnrolment(vault.encrypt(secret));
        String text = Base32.encode(secret);
        return new Enrolment(text, Totp.keyUri(ISSUER, username, text));
    }

    @Override
    public Optional<List<String>> confirmEnrolment(String username, String code, String origin) {
        Instant now = clock.instant();
        AppUser user = user(username);
        Optional<SecondFactor> factor = factors.findByUserId(user.getId());
        Optional<byte[]> pending = factor.flatMap(SecondFactor::getPendingSecretEncrypted);
        // Steps used with an earlier secret say nothing about this one's codes: any recent step counts.
        OptionalLong step = pending.map(secret -> Totp.matchingStep(vault.decrypt(secret), code, Totp.stepAt(now), -1))
                .orElse(OptionalLong.empty());
        if (step.isEmpty()) {
            audit.record(username, EVENT_ENROLMENT, AuditTrail.FAILURE, origin, "user", username,
                    pending.isEmpty() ? "no enrolment in progress" : "wrong code");
            return Optional.empty();
        }
        List<String> codes = RecoveryCode.generate();
        boolean replacing = factor.get().isActive();
        factor.get().activate(step.getAsLong(), codes.stream().map(RecoveryCode::hashed).toList(), now);
        audit.record(username, EVENT_ENROLMENT, AuditTrail.SUCCESS, origin, "user", username,
                replacing ? "authenticator replaced, new recovery codes" : "authenticator enrolled");
        return Optional.of(codes);
    }

    @Override
    public SecondFactorStatus status(String username) {
        AppUser user = user(username);
        Optional<SecondFactor> factor = activeFactor(user);
        return new SecondFactorStatus(factor.isPresent(), factor.map(SecondFactor::unusedRecoveryCodes).orElse(0L),
                required(user));
    }

    /** Staff act on every merchant's data and terminals: a stolen password alone must not be enough. */
    private static boolean required(AppUser user) {
        return user.getRole() == Role.AGENT || user.getRole() == Role.ADMIN;
    }

    private Optional<SecondFactor> activeFactor(AppUser user) {
        return factors.findByUserId(user.getId()).filter(SecondFactor::isActive);
    }

    private AppUser user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new AccessDeniedException("not found"));
    }
}
