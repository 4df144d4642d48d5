package org.posdesk.application.audit;

import java.io.Serializable;
import java.time.Instant;

/** What the audit page filters by: a time range [from, to) and optional exact values. */
public record AuditFilter(Instant from, Instant to, String username, String event, String outcome,
                          String targetType, String targetId) implements Serializable {
}
