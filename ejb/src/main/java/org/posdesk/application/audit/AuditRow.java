package org.posdesk.application.audit;

import java.time.Instant;

/** One audit entry as the page and the CSV show it. */
public record AuditRow(long id, long position, Instant occurredAt, String username, String event, String outcome,
                       String origin, String targetType, String targetId, String detail) {
}
