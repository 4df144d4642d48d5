package org.posdesk.domain.audit;

import java.time.Instant;

/**
 * What the audit page selects: a time range [from, to) and optional exact user, event, outcome,
 * target type and target id. Every filter is served by an index that ends in the time.
 */
public record AuditQuery(Instant from, Instant to, String username, String event, String outcome,
                         String targetType, String targetId) {

    public AuditQuery {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("an audit query needs a time range with from before to");
        }
        username = blankToNull(username);
        event = blankToNull(event);
        outcome = blankToNull(outcome);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The last row of a page, newest first: the next page starts strictly after it. */
    public record Cursor(Instant occurredAt, long id) {
    }
}
