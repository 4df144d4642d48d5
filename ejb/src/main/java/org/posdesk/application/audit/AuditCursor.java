package org.posdesk.application.audit;

import java.io.Serializable;
import java.time.Instant;

/** Where the next page starts: the time and id of the last row shown (rows go newest first). */
public record AuditCursor(Instant occurredAt, long id) implements Serializable {
}
