package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.journal.CardReversal;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;

@ApplicationScoped
public class JpaTransactionRepository implements TransactionRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(CardTransaction transaction) {
        em.persist(transaction);
    }

    @Override
    public Optional<CardTransaction> findById(long id) {
        return Optional.ofNullable(em.find(CardTransaction.class, id));
    }

    @Override
    public Optional<CardTransaction> findByNaturalKey(Tid tid, BatchNumber batchNumber, Stan stan) {
        return Queries.single(em.createNamedQuery("CardTransaction.findByNaturalKey", CardTransaction.class)
                .setParameter("tid", tid).setParameter("batchNumber", batchNumber).setParameter("stan", stan));
    }

    @Override
    public List<CardTransaction> listByBatch(long terminalId, BatchNumber batchNumber) {
        return em.createNamedQuery("CardTransaction.listByBatch", CardTransaction.class)
                .setParameter("terminalId", terminalId).setParameter("batchNumber", batchNumber).getResultList();
    }

    @Override
    public void addReversal(CardReversal reversal) {
        em.persist(reversal);
    }

    @Override
    public Optional<CardReversal> findReversal(Tid tid, BatchNumber batchNumber, Stan stan) {
        return Queries.single(em.createNamedQuery("CardReversal.findByNaturalKey", CardReversal.class)
                .setParameter("tid", tid).setParameter("batchNumber", batchNumber).setParameter("stan", stan));
    }

    @Override
    public long countSince(Long merchantIdOrNullForAll, LocalDateTime from) {
        if (merchantIdOrNullForAll == null) {
            return em.createNamedQuery("CardTransaction.countSince", Long.class)
                    .setParameter("from", from).getSingleResult();
        }
        return em.createNamedQuery("CardTransaction.countSinceForMerchant", Long.class)
                .setParameter("merchantId", merchantIdOrNullForAll).setParameter("from", from).getSingleResult();
    }
}
