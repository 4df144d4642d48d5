package org.posdesk.application.terminals;

import java.time.Instant;

/** A host command and how far it got: PENDING (queued), SENT, ACKNOWLEDGED or REFUSED. */
public record CommandRow(long id, String code, String state, String requestedBy, Instant requestedAt, Instant sentAt,
                         Instant answeredAt, String responseCode) {

    public boolean isFinished() {
        return "ACKNOWLEDGED".equals(state) || "REFUSED".equals(state);
    }
}
