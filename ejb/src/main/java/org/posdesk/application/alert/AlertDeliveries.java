package org.posdesk.application.alert;

import jakarta.ejb.Local;

/** Sends the webhook deliveries that are due; the alert-delivery job calls it. */
@Local
public interface AlertDeliveries {

    /** Sends every due delivery (up to a limit per run); returns a line for the job's run record. */
    String deliverDue();
}
