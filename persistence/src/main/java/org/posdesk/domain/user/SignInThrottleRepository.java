package org.posdesk.domain.user;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Failed sign-in counts per account name and per source address, shared by every node. */
public interface SignInThrottleRepository {

    /**
     * The subject's row, created empty when missing and locked until the transaction ends, so
     * that parallel attempts on one subject are decided one after the other.
     */
    SignInThrottle lock(String subject);

    /** The stored rows among {@code subjects}, unlocked (for display). */
    List<SignInThrottle> find(Collection<String> subjects);

    /** Forgets a subject's failures and lockout (a successful sign-in, an administrator's reset). */
    void clear(String subject);

    /** Drops the rows whose last window began before {@code before} and that are not locked. */
    int purgeIdleSince(Instant before);
}
