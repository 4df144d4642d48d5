package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.posdesk.domain.user.SignInThrottle;
import org.posdesk.domain.user.SignInThrottleRepository;

@ApplicationScoped
public class JpaSignInThrottleRepository implements SignInThrottleRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public SignInThrottle lock(String subject) {
        // An upsert that changes nothing: two nodes creating the same row both succeed, and the
        // row exists for the locking read that follows. A new row's window lies in the past, so
        // its first failure opens a window of its own.
        em.createNativeQuery("insert into sign_in_throttle (subject, failures, window_started_at)"
                        + " values (?, 0, '1970-01-02 00:00:00') on duplicate key update subject = subject")
                .setParameter(1, subject)
                .executeUpdate();
        return em.find(SignInThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<SignInThrottle> find(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from SignInThrottle t where t.subject in :subjects", SignInThrottle.class)
                .setParameter("subjects", subjects)
                .getResultList();
    }

    @Override
    public void clear(String subject) {
        SignInThrottle found = em.find(SignInThrottle.class, subject);
        if (found != null) {
            em.remove(found);
        }
    }

    @Override
    public int purgeIdleSince(Instant before) {
        return em.createQuery("delete from SignInThrottle t where t.windowStartedAt < :before"
                        + " and (t.lockedUntil is null or t.lockedUntil < :before)")
                .setParameter("before", before)
                .executeUpdate();
    }
}
