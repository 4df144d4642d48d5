package org.posdesk.infrastructure.persistence;

import java.util.Set;
import java.util.HashSet;
import java.util.Collection;
import jakarta.inject.Inject;
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

    @Inject
    DeliveryLookups lookups;

    @Override
    public void add(CardTransaction transaction) {
        em.persist(transaction);
        lookups.found(new LookupKeys.JournalEntry(transaction.getTid(), transaction.getBatchNumber(),
                transaction.getStan()), transaction);
    }

    @Override
    public Optional<CardTransaction> findById(long id) {
        return Optional.ofNullable(em.find(CardTransaction.class, id));
    }

    @Override
    public Optional<CardTransaction> findByNaturalKey(Tid tid, BatchNumber batchNumber, Stan stan) {
        return lookups.find(new LookupKeys.JournalEntry(tid, batchNumber, stan), () -> Queries.single(
                em.createNamedQuery("CardTransaction.findByNaturalKey", CardTransaction.class)
                        .setParameter("tid", tid).setParameter("batchNumber", batchNumber)
                        .setParameter("stan", stan)));
    }

    @Override
    public List<CardTransaction> listByBatch(long terminalId, BatchNumber batchNumber) {
        return em.createNamedQuery("CardTransaction.listByBatch", CardTransaction.class)
                .setParameter("terminalId", terminalId).setParameter("batchNumber", batchNumber).getResultList();
    }

    @Override
    public void addReversal(CardReversal reversal) {
        em.persist(reversal);
        lookups.found(new LookupKeys.Reversal(reversal.getTid(), reversal.getBatchNumber(), reversal.getStan()),
                reversal);
    }

    @Override
    public Optional<CardReversal> findReversal(Tid tid, BatchNumber batchNumber, Stan stan) {
        return lookups.find(new LookupKeys.Reversal(tid, batchNumber, stan), () -> Queries.single(
                em.createNamedQuery("CardReversal.findByNaturalKey", CardReversal.class)
                        .setParameter("tid", tid).setParameter("batchNumber", batchNumber)
                        .setParameter("stan", stan)));
    }

    @Override
    public void prefetch(Collection<Key> keys) {
        List<Key> wanted = keys.stream().distinct()
                .filter(k -> !lookups.has(new LookupKeys.JournalEntry(k.tid(), k.batch(), k.stan()))).toList();
        if (wanted.isEmpty()) {
            return;
        }
        Set<Tid> tids = new HashSet<>();
        Set<BatchNumber> batches = new HashSet<>();
        Set<Stan> stans = new HashSet<>();
        for (Key key : wanted) {
            tids.add(key.tid());
            batches.add(key.batch());
            stans.add(key.stan());
        }
        // Supersets of the wanted keys (every TID with every batch and STAN); what was not asked
        // for is remembered too, harmlessly.
        for (CardTransaction entry : em.createQuery("select t from CardTransaction t where t.tid in :tids"
                        + " and t.batchNumber in :batches and t.stan in :stans", CardTransaction.class)
                .setParameter("tids", tids).setParameter("batches", batches).setParameter("stans", stans)
                .getResultList()) {
            lookups.found(new LookupKeys.JournalEntry(entry.getTid(), entry.getBatchNumber(), entry.getStan()), entry);
        }
        for (CardReversal reversal : em.createQuery("select r from CardReversal r where r.tid in :tids"
                        + " and r.batchNumber in :batches and r.stan in :stans", CardReversal.class)
                .setParameter("tids", tids).setParameter("batches", batches).setParameter("stans", stans)
                .getResultList()) {
            lookups.found(new LookupKeys.Reversal(reversal.getTid(), reversal.getBatchNumber(), reversal.getStan()),
                    reversal);
        }
        for (Key key : wanted) {
            lookups.absent(new LookupKeys.JournalEntry(key.tid(), key.batch(), key.stan()));
            lookups.absent(new LookupKeys.Reversal(key.tid(), key.batch(), key.stan()));
        }
    }

    @Override
    public long countSinceInStores(Set<Long> storeIds, LocalDateTime from) {
        return em.createQuery("select count(t) from CardTransaction t where t.storeId in :stores"
                        + " and t.terminalTime >= :from", Long.class)
                .setParameter("stores", storeIds).setParameter("from", from).getSingleResult();
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
