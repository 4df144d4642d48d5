package org.posdesk.application.reconciliation;

import java.time.Instant;
import java.time.LocalDateTime;

/** One discrepancy on the queue. {@code occurredAt} is the acquirer's / terminal's (Beijing) time. */
public record DiscrepancyRow(long id, Instant createdAt, String outcome, String state, String tid, long amountMinor,
                             String currency, LocalDateTime occurredAt, String detail, String fileName, Long caseId,
                             String resolution, String resolvedBy, boolean hasMerchant) {
}
