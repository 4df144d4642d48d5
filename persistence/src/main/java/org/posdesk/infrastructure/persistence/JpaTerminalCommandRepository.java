package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.terminal.TerminalCommand;
import org.posdesk.domain.terminal.TerminalCommandRepository;
import org.posdesk.domain.terminal.TerminalCommandState;

@ApplicationScoped
public class JpaTerminalCommandRepository implements TerminalCommandRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(TerminalCommand command) {
        em.persist(command);
    }

    @Override
    public Optional<TerminalCommand> findById(long id) {
        return Optional.ofNullable(em.find(TerminalCommand.class, id));
    }

    @Override
    public Optional<TerminalCommand> findOldestPending(long terminalId) {
        return em.createNamedQuery("TerminalCommand.findByTerminalAndState", TerminalCommand.class)
                .setParameter("terminalId", terminalId).setParameter("state", TerminalCommandState.PENDING)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<TerminalCommand> findSent(long terminalId, Stan stan) {
        // A million commands later a STAN comes round again; the newest sent one is the one answered.
        return em.createNamedQuery("TerminalCommand.findSentByStan", TerminalCommand.class)
                .setParameter("terminalId", terminalId).setParameter("stan", stan)
                .getResultStream().reduce((older, newer) -> newer);
    }
}
