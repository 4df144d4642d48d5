package org.posdesk.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.BatchNumber;

/** Reconciliation's verdict on a settled batch (domain.md's lifecycle, last two lines). */
class BatchVerdictTest {

    private static final Instant T0 = Instant.parse("2026-03-10T00:00:00Z");
    private static final Totals TOTALS = Totals.domestic(1_000, 1, 0, 0);

    private static Batch balanced() {
        Batch batch = Batch.open(1L, 2L, BatchNumber.of(7), "CNY", T0);
        batch.startSettlement(TOTALS, T0);
        batch.completeSettlement(TOTALS, T0);
        return batch;
    }

    @Test
    void aBatchWithEntriesStillUnjudgedWaitsForTheNextStatement() {
        Batch batch = balanced();
        assertThat(batch.judgeAgainstStatement(1, 1, "statement X", T0)).isEmpty();
        assertThat(batch.getState()).isEqualTo(BatchState.BALANCED);
    }

    @Test
    void anOpenDiscrepancyMakesItDiscrepantAndItsResolutionReconciled() {
        Batch batch = balanced();
        assertThat(batch.judgeAgainstStatement(2, 0, "statement X", T0)).contains(BatchState.DISCREPANT);
        assertThat(batch.isNeedsAttention()).isTrue();
        assertThat(batch.judgeAgainstStatement(1, 0, "statement Y", T0)).as("already discrepant").isEmpty();
        assertThat(batch.judgeAgainstStatement(0, 0, "reconciliation", T0)).contains(BatchState.RECONCILED);
        assertThat(batch.getTransitions()).extracting(BatchTransition::getCause).endsWith(
                "statement X: 2 discrepancies", "reconciliation: discrepancies resolved");
        assertThat(batch.isNeedsAttention()).isFalse();
    }

    @Test
    void aCleanBatchIsReconciledOnceAndAnUnsettledOneIsLeftAlone() {
        Batch batch = balanced();
        assertThat(batch.judgeAgainstStatement(0, 0, "statement X", T0)).contains(BatchState.RECONCILED);
        assertThat(batch.judgeAgainstStatement(0, 0, "statement X", T0)).isEmpty();
        Batch open = Batch.open(1L, 2L, BatchNumber.of(8), "CNY", T0);
        assertThat(open.judgeAgainstStatement(0, 0, "statement X", T0)).isEmpty();
        assertThat(open.getState()).isEqualTo(BatchState.OPEN);
    }
}
