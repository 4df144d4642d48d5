package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.posdesk.domain.casework.CaseRepository;
import org.posdesk.domain.casework.CaseState;
import org.posdesk.domain.casework.MissingOrderCase;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(MissingOrderCase missingOrderCase) {
        em.persist(missingOrderCase);
    }

    @Override
    public Optional<MissingOrderCase> findById(long id) {
        return Optional.ofNullable(em.find(MissingOrderCase.class, id));
    }

    @Override
    public List<MissingOrderCase> listByStates(Long merchantIdOrNullForAll, Set<CaseState> states, int maxResults) {
        if (states.isEmpty()) {
            return List.of();
        }
        TypedQuery<MissingOrderCase> query = merchantIdOrNullForAll == null
                ? em.createNamedQuery("MissingOrderCase.listByStates", MissingOrderCase.class)
                : em.createNamedQuery("MissingOrderCase.listByStatesForMerchant", MissingOrderCase.class)
                        .setParameter("merchantId", merchantIdOrNullForAll);
        return query.setParameter("states", states).setMaxResults(maxResults).getResultList();
    }
}
