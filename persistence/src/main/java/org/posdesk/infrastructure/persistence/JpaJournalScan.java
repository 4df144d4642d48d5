package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.JournalScan;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionType;

@ApplicationScoped
public class JpaJournalScan implements JournalScan {

    private static final List<TransactionType> DEBITS =
            List.of(TransactionType.SALE, TransactionType.PRE_AUTH_COMPLETION);

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public List<CardTransaction> receivedAfter(Instant time, long id, Instant upTo, int max) {
        // ix_card_transaction_received (received_at), which InnoDB extends with the primary key.
        return em.createQuery("select t from CardTransaction t where (t.receivedAt > :time"
                        + " or (t.receivedAt = :time and t.id > :id)) and t.receivedAt <= :upTo"
                        + " order by t.receivedAt, t.id", CardTransaction.class)
                .setParameter("time", time).setParameter("id", id).setParameter("upTo", upTo)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countOffline(long terminalId, LocalDateTime from, LocalDateTime to, Instant endedAt) {
        // ix_card_transaction_terminal_time (terminal_id, terminal_time)
        return em.createQuery("select count(t) from CardTransaction t where t.terminalId = :terminalId"
                        + " and t.terminalTime >= :from and t.terminalTime <= :to"
                        + " and (t.origin = :offline or t.receivedAt > :endedAt)", Long.class)
                .setParameter("terminalId", terminalId).setParameter("from", from).setParameter("to", to)
                .setParameter("offline", Origin.OFFLINE).setParameter("endedAt", endedAt).getSingleResult();
    }

    @Override
    public List<CardTransaction> ofTerminalBetween(long terminalId, LocalDateTime from, LocalDateTime to, int max) {
        return em.createQuery("select t from CardTransaction t where t.terminalId = :terminalId"
                        + " and t.terminalTime >= :from and t.terminalTime <= :to order by t.terminalTime, t.id",
                        CardTransaction.class)
                .setParameter("terminalId", terminalId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<CardTransaction> byCardsBetween(Collection<String> lastFours, LocalDateTime from, LocalDateTime to,
                                                int max) {
        if (lastFours.isEmpty()) {
            return List.of();
        }
        // ix_card_transaction_last4_time (card_last4, terminal_time)
        return em.createQuery("select t from CardTransaction t where t.card.lastFour in :lastFours"
                        + " and t.terminalTime >= :from and t.terminalTime <= :to and t.type in :debits",
                        CardTransaction.class)
                .setParameter("lastFours", lastFours).setParameter("from", from).setParameter("to", to)
                .setParameter("debits", DEBITS).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<CardTransaction> lastOf(long terminalId) {
        return em.createQuery("select t from CardTransaction t where t.terminalId = :terminalId"
                        + " order by t.terminalTime desc, t.id desc", CardTransaction.class)
                .setParameter("terminalId", terminalId).setMaxResults(1).getResultStream().findFirst();
    }
}
