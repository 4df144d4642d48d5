package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.application.statement.StatementPickup;

/** Every minute: statement files in the drop folder are imported ({@code POSDESK_JOB_STATEMENT_PICKUP}). */
@ApplicationScoped
public class StatementPickupJob implements ScheduledWork {

    @EJB
    private StatementPickup pickup;

    @Override
    public String name() {
        return "statement-pickup";
    }

    @Override
    public String defaultSchedule() {
        return "60s";
    }

    @Override
    public String run() {
        return pickup.pickUp();
    }
}
