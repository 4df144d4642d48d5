package org.posdesk.domain.reconciliation;

import java.time.Instant;

/** An UPLOAD_INCOMPLETE batch and the automatic resubmissions it has had so far. */
public record RetryCandidate(long batchId, long merchantId, long terminalId, String tid, int batchNumber,
                             int retries, Instant lastRetryAt, Instant incompleteSince) {
}
