package org.posdesk.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.posdesk.domain.user.SignInThrottle;
import org.posdesk.domain.user.SignInThrottleRepository;
import org.posdesk.domain.user.ThrottlePolicy;
import org.posdesk.infrastructure.config.Settings;

/**
 * Counts failed sign-ins per account name and per source address in the caller's transaction.
 * An account locks after {@link ThrottlePolicy#ACCOUNT}'s five failures; an address after
 * {@code signin.address-limit} (default 20, env {@code POSDESK_SIGNIN_ADDRESS_LIMIT}) failures
 * on any names, which stops one machine from trying a common password on every account while an
 * office behind one address can still mistype. Both rows stay locked until the transaction ends.
 */
@Dependent
public class SignInThrottles {

    public static final int DEFAULT_ADDRESS_LIMIT = 20;

    @Inject
    private SignInThrottleRepository throttles;
    @Inject
    private AuditTrail audit;

    private final ThrottlePolicy addressPolicy = ThrottlePolicy.address(
            Settings.get("signin.address-limit").map(Integer::parseInt).orElse(DEFAULT_ADDRESS_LIMIT));

    /**
     * Locks the two rows, the address first, always in that order so that attempts never
     * deadlock. A refused address makes no account row: a script from a locked address cannot
     * fill the table with made-up names.
     */
    public Attempt begin(String username, String origin, Instant now) {
        SignInThrottle address = throttles.lock(SignInThrottle.address(origin));
        SignInThrottle account = address.refusedUntil(now).isPresent()
                ? SignInThrottle.unsaved(SignInThrottle.account(username))
                : throttles.lock(SignInThrottle.account(username));
        return new Attempt(username, origin, account, address);
    }

    /** Forgets an account's failures and lockout: an administrator reset its password. */
    public void clearAccount(String username) {
        throttles.clear(SignInThrottle.account(username));
    }

    /** One sign-in attempt holding its account's and its address's rows. */
    public final class Attempt {

        private final String username;
        private final String origin;
        private final SignInThrottle account;
        private final SignInThrottle address;

        private Attempt(String username, String origin, SignInThrottle account, SignInThrottle address) {
            this.username = username;
            this.origin = origin;
            this.account = account;
            this.address = address;
        }

        public Optional<Instant> refusedUntil(Instant now) {
            Optional<Instant> byAccount = account.refusedUntil(now);
            Optional<Instant> byAddress = address.refusedUntil(now);
            if (byAccount.isEmpty()) {
                return byAddress;
            }
            return byAddress.filter(a -> a.isAfter(byAccount.get())).or(() -> byAccount);
        }

        /** For the audit trail only: which limit refused the attempt. */
        public String reason(Instant now) {
            String of = account.isLockedAt(now) ? "account locked"
                    : account.refusedUntil(now).isPresent() ? "account delayed" : null;
            String by = address.isLockedAt(now) ? "address locked"
                    : address.refusedUntil(now).isPresent() ? "address delayed" : null;
            return of == null ? by : by == null ? of : of + ", " + by;
        }

        public void failed(Instant now) {
            if (account.recordFailure(now, ThrottlePolicy.ACCOUNT)) {
                audit.record(username, "LOCKOUT", AuditTrail.FAILURE, origin, "user", username,
                        ThrottlePolicy.ACCOUNT.limit() + " failed sign-ins; account locked until "
                                + account.getLockedUntil().orElseThrow());
            }
            if (address.recordFailure(now, addressPolicy)) {
                audit.record(username, "LOCKOUT", AuditTrail.FAILURE, origin, "address", origin,
                        addressPolicy.limit() + " failed sign-ins from this address; locked until "
                                + address.getLockedUntil().orElseThrow());
            }
        }

        /** A right password clears the account's count; the address keeps its own. */
        public void succeeded() {
            throttles.clear(account.getSubject());
        }
    }
}
