package org.posdesk.domain.journal;

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

    /** Counts by terminal local time, the time merchants reason in. */
    long countSince(Long merchantIdOrNullForAll, LocalDateTime from);
}
