package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
