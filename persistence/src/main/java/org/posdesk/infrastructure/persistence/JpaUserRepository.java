package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.user.AppUser;
import org.posdesk.domain.user.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(AppUser user) {
        em.persist(user);
    }

    @Override
    public Optional<AppUser> findById(long id) {
        return Optional.ofNullable(em.find(AppUser.class, id));
    }

    @Override
    public Optional<AppUser> findByUsername(String username) {
        return Queries.single(em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", username));
    }

    @Override
    public List<AppUser> findByUsernamePrefix(String prefix, int limit) {
        // The unique index on username serves a prefix LIKE; the wildcards a name may hold are escaped.
        // '!' rather than a backslash, which MariaDB would read as escaping the closing quote.
        String escaped = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return em.createQuery("select u from AppUser u where u.username like :prefix escape '!'"
                        + " order by u.username", AppUser.class)
                .setParameter("prefix", escaped + "%")
                .setMaxResults(limit)
                .getResultList();
    }
}
