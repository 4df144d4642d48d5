package org.posdesk.application.reconciliation;

/** What matching one statement found. */
public record RunResult(long statementId, String fileName, int lines, long matched, long missingInPosdesk,
                        long missingAtAcquirer, long amountMismatch, long duplicate, int batchesReconciled,
                        int batchesDiscrepant, int casesOpened, int uploadsRequested) {

    @Override
    public String toString() {
        return fileName + ": " + lines + " lines, " + matched + " matched, " + missingInPosdesk + " missing in posdesk, "
                + missingAtAcquirer + " missing at acquirer, " + amountMismatch + " amount mismatch, " + duplicate
                + " duplicate; batches " + batchesReconciled + " reconciled, " + batchesDiscrepant + " discrepant";
    }
}
