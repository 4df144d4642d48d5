package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.posdesk.domain.statement.Statement;
import org.posdesk.domain.statement.StatementRepository;

@ApplicationScoped
public class JpaStatementRepository implements StatementRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(Statement statement) {
        em.persist(statement);
    }

    @Override
    public Optional<Statement> findById(long id) {
        return Optional.ofNullable(em.find(Statement.class, id));
    }

    @Override
    public Optional<Statement> findByContentHash(String contentHash) {
        return Queries.single(em.createNamedQuery("Statement.findByContentHash", Statement.class)
                .setParameter("contentHash", contentHash));
    }
}
