package org.posdesk.application.alert;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The alerts page: a merchant user sees their merchant's alerts (only their stores' terminals'
 * when confined to some stores), agents and administrators see every alert, those of no merchant
 * included. Whoever sees an alert may acknowledge it (audited) and read its delivery history.
 */
@Local
public interface AlertDesk {

    int MAX_PAGE = 200;

    /** Latest raised first, a page at a time; {@code before} is the last row of the previous page, or null. */
    AlertPage list(AlertFilter filter, AlertCursor before, int max);

    /** Returns false when it was acknowledged already; refused with "not found" for an alert the caller cannot see. */
    boolean acknowledge(long alertId);

    /** The webhook deliveries of an alert and every attempt at them, oldest first. */
    List<DeliveryRow> deliveries(long alertId);

    /** Both may be null: every state, every kind. */
    record AlertFilter(String state, String kind) implements Serializable {
    }

    /** Where a page ends: the last row's time and id (keyset). */
    record AlertCursor(Instant lastRaisedAt, long id) implements Serializable {
    }

    record AlertPage(List<AlertRow> rows, AlertCursor next) implements Serializable {
    }

    /** {@code merchant}, {@code tid} and the acknowledgement are null when they do not apply. */
    record AlertRow(long id, String kind, String state, String message, String merchant, String tid, int occurrences,
                    Instant firstRaisedAt, Instant lastRaisedAt, String acknowledgedBy, Instant acknowledgedAt)
            implements Serializable {
    }

    record DeliveryRow(String eventId, String webhookUrl, String state, int attempts, Instant nextAttemptAt,
                       List<AttemptRow> history) implements Serializable {
    }

    /** {@code httpStatus} or {@code error}; {@code nextRetryAt} null when none followed. */
    record AttemptRow(Instant at, Integer httpStatus, String error, Instant nextRetryAt) implements Serializable {
    }
}
