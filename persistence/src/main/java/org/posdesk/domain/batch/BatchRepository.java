package org.posdesk.domain.batch;

import java.util.Set;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.posdesk.domain.shared.BatchNumber;

/** Batches (with their history) and resubmission requests. */
public interface BatchRepository {

    void add(Batch batch);

    Optional<Batch> findById(long id);

    Optional<Batch> findByTerminalAndNumber(long terminalId, BatchNumber batchNumber);

    /** Looks the batches of many terminals up at once, for {@link #findByTerminalAndNumber}. */
    void prefetch(Map<Long, Set<BatchNumber>> numbersByTerminal);

    /** Every state is present in the map, with 0 where there are no batches. */
    Map<BatchState, Long> countByState(Long merchantIdOrNullForAll);

    /** As {@link #countByState}, for a user confined to some stores (through the batch's terminal). */
    Map<BatchState, Long> countByStateInStores(Set<Long> storeIds);

    void addResubmission(Resubmission resubmission);

    Optional<Resubmission> findActiveResubmission(long batchId);

    List<Resubmission> findDueResubmissions(Instant now, int maxResults);
}
