package org.posdesk.application.reconciliation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One matching run on the runs page: counts and amounts (minor units) by outcome. For a merchant
 * user the figures are their merchant's share of the statement; the batch counts are not shown.
 */
public record RunRow(long id, Instant startedAt, Instant finishedAt, String fileName, String acquirer,
                     LocalDate clearingDate, long lines, double reconciledPercent, long matched, long matchedAmount,
                     long missingInPosdesk, long missingInPosdeskAmount, long missingAtAcquirer,
                     long missingAtAcquirerAmount, long amountMismatch, long amountMismatchAmount, long duplicate,
                     long duplicateAmount, Integer batchesReconciled, Integer batchesDiscrepant) {
}
