package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.reconciliation.ReconciliationRepository;

/** Asks each batch (its row locked, in id order so two nodes never deadlock) for its verdict. */
@Stateless
public class BatchVerdicts {

    public record Count(int reconciled, int discrepant) {
    }

    @Inject
    private ReconciliationRepository repository;

    public Count judge(Collection<Long> batchIds, String cause, Instant at) {
        int reconciled = 0;
        int discrepant = 0;
        for (long id : new TreeSet<>(batchIds)) {
            Batch batch = repository.lockBatch(id).orElseThrow();
            var verdict = batch.judgeAgainstStatement(repository.openDiscrepancies(id),
                    repository.unjudgedEntries(batch.getTerminalId(), batch.getBatchNumber().value()), cause, at);
            if (verdict.isPresent()) {
                if (verdict.get() == BatchState.RECONCILED) {
                    reconciled++;
                } else {
                    discrepant++;
                }
            }
        }
        return new Count(reconciled, discrepant);
    }
}
