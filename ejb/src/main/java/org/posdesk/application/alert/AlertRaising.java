package org.posdesk.application.alert;

import jakarta.ejb.Local;
import java.time.Instant;
import org.posdesk.domain.alert.AlertKind;

/**
 * The one way alerts are raised. It joins the caller's transaction: the alert, its count and its
 * webhook deliveries are committed with the work that found the cause, or not at all.
 */
@Local
public interface AlertRaising {

    /**
     * Raises an alert for a cause, or counts one more occurrence of it. A new alert, or one
     * reopened after it was acknowledged, is scheduled for delivery to every matching webhook; a
     * recurrence of an open alert is only counted.
     *
     * @param merchantId null for an alert that concerns no merchant (it goes to operator webhooks)
     * @param terminalId null when no terminal is concerned
     */
    Raised raise(AlertKind kind, String causeKey, String message, Long merchantId, Long terminalId, Instant at);

    /** Raises an alert only if its cause was never raised before; returns whether it was. */
    boolean raiseOnce(AlertKind kind, String causeKey, String message, Long merchantId, Long terminalId, Instant at);

    /** What raising did. */
    enum Raised {
        NEW, REOPENED, COUNTED
    }
}
