package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.reconciliation.ReconciliationRepository;

/**
 * Asks each batch (its row locked, in id order so two nodes never deadlock) for its verdict. A
 * statement touches thousands of batches: they are locked and counted a chunk at a time, two
 * grouped queries a chunk, not three queries a batch (20,000 batches took minutes that way).
 */
@Stateless
public class BatchVerdicts {

    public record Count(int reconciled, int discrepant) {
    }

    private static final int CHUNK = 500;

    @Inject
    private ReconciliationRepository repository;

    public Count judge(Collection<Long> batchIds, String cause, Instant at) {
        int reconciled = 0;
        int discrepant = 0;
        List<Long> ids = List.copyOf(new TreeSet<>(batchIds));
        // Once, here: the per-chunk reads skip the auto-flush (dirty-checking every batch judged so
        // far before each of them grew quadratic with the batches); what they count is written by now.
        repository.flush();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<Batch> batches = repository.lockBatches(chunk);
            Map<Long, Long> open = repository.openDiscrepancies(chunk);
            Map<Long, Long> unjudged = repository.unjudgedEntries(chunk);
            for (Batch batch : batches) {
                var verdict = batch.judgeAgainstStatement(open.getOrDefault(batch.getId(), 0L),
                        unjudged.getOrDefault(batch.getId(), 0L), cause, at);
                if (verdict.isPresent()) {
                    if (verdict.get() == BatchState.RECONCILED) {
                        reconciled++;
                    } else {
                        discrepant++;
                    }
                }
            }
        }
        return new Count(reconciled, discrepant);
    }
}
