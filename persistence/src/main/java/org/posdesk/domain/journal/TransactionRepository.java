package org.posdesk.domain.journal;

import java.util.Set;
import java.util.Collection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;

/** The journal. Writers look an entry up by its natural key before adding, to stay idempotent. */
public interface TransactionRepository {

    void add(CardTransaction transaction);

    Optional<CardTransaction> findById(long id);

    Optional<CardTransaction> findByNaturalKey(Tid tid, BatchNumber batchNumber, Stan stan);

    List<CardTransaction> listByBatch(long terminalId, BatchNumber batchNumber);

    void addReversal(CardReversal reversal);

    /** The reversal of the entry with this key, whether or not that entry is known yet. */
    Optional<CardReversal> findReversal(Tid tid, BatchNumber batchNumber, Stan stan);

    /** A journal key: the terminal, its batch and the trace number printed on the slip. */
    record Key(Tid tid, BatchNumber batch, Stan stan) {
    }

    /**
     * Looks many journal entries and reversals up at once, so that {@link #findByNaturalKey} and
     * {@link #findReversal} answer them from memory for the rest of the transaction.
     */
    void prefetch(Collection<Key> keys);

    /** Counts by terminal local time, the time merchants reason in. */
    long countSince(Long merchantIdOrNullForAll, LocalDateTime from);

    /** As {@link #countSince}, for a user confined to some stores. */
    long countSinceInStores(Set<Long> storeIds, LocalDateTime from);
}
