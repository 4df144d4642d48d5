package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.application.alert.AlertDeliveries;

/**
 * Every 10 s: alerts' webhook deliveries that are due. Missed firings are skipped (the outbox
 * rows wait) and no recovery is needed: a row a dead node had claimed is due again after its lease.
 */
@ApplicationScoped
public class AlertDeliveryJob implements ScheduledWork {

    @EJB
    private AlertDeliveries deliveries;

    @Override
    public String name() {
        return "alert-delivery";
    }

    @Override
    public String defaultSchedule() {
        return "10s";
    }

    @Override
    public String run() {
        return deliveries.deliverDue();
    }
}
