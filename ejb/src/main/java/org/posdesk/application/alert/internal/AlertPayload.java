package org.posdesk.application.alert.internal;

import java.time.Instant;
import org.posdesk.domain.alert.Alert;

/**
 * The JSON body of a webhook delivery. Built by hand (a dozen flat fields) so its bytes are fixed
 * when the delivery is written and every retry signs and sends exactly the same text. It carries
 * the alert's own words and identifiers only, never card data (alert messages name TIDs, batches
 * and STANs, not cards).
 */
final class AlertPayload {

    static final String RAISED = "alert.raised";
    static final String REOPENED = "alert.reopened";

    private AlertPayload() {
    }

    /** The merchant and terminal an alert concerns, by the names people know them by; any may be null. */
    record Subject(String mid, String merchantName, String tid) {
    }

    static String json(String eventId, String event, Alert alert, Subject subject) {
        StringBuilder b = new StringBuilder(512).append('{');
        field(b, "eventId", eventId).append(',');
        field(b, "event", event).append(',');
        b.append("\"alertId\":").append(alert.getId()).append(',');
        field(b, "kind", alert.getKind().name()).append(',');
        field(b, "cause", alert.getCauseKey()).append(',');
        field(b, "state", alert.getState().name()).append(',');
        field(b, "mid", subject.mid()).append(',');
        field(b, "merchant", subject.merchantName()).append(',');
        field(b, "tid", subject.tid()).append(',');
        field(b, "message", alert.getMessage()).append(',');
        b.append("\"occurrences\":").append(alert.getOccurrences()).append(',');
        field(b, "firstRaisedAt", iso(alert.getFirstRaisedAt())).append(',');
        field(b, "lastRaisedAt", iso(alert.getLastRaisedAt()));
        return b.append('}').toString();
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":");
        if (value == null) {
            return b.append("null");
        }
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
