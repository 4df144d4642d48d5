package org.posdesk.application.casework;

import java.time.Instant;
import java.time.LocalDateTime;

/** A case as the queue and the merchant's list show it. */
public record CaseRow(long id, long merchantId, String merchantName, String tid, String orderNumber,
                      Long amountMinor, String currency, LocalDateTime claimedTime, String cardLastFour,
                      String state, String resolutionKind, String source, String assignee, Instant openedAt,
                      Instant slaDueAt, boolean slaBreached) {
}
