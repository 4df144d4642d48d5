package org.posdesk.domain.reconciliation;

/** What one matching run found: the statement's lines by outcome, and the batches it decided. */
public record RunFigures(int lineCount, Tally matched, Tally missingInPosdesk, Tally missingAtAcquirer,
                         Tally amountMismatch, Tally duplicate, int batchesReconciled, int batchesDiscrepant) {

    /** Share of the statement's lines that matched, in percent with one decimal; 100 for an empty statement. */
    public double reconciledPercent() {
        return lineCount == 0 ? 100.0 : Math.floor(matched.count() * 1000.0 / lineCount) / 10.0;
    }
}
