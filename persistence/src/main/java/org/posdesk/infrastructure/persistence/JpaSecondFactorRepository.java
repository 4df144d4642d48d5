package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.posdesk.domain.user.SecondFactor;
import org.posdesk.domain.user.SecondFactorRepository;

@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(SecondFactor factor) {
        em.persist(factor);
    }

    @Override
    public Optional<SecondFactor> findByUserId(long userId) {
        return Optional.ofNullable(em.find(SecondFactor.class, userId));
    }
}
