package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.application.casework.CaseSweep;

/** Every minute: opens a case for each payment naming an unknown order and each orphan reversal, void or refund. */
@ApplicationScoped
public class CaseworkJob implements ScheduledWork {

    @EJB
    private CaseSweep sweep;

    @Override
    public String name() {
        return "casework";
    }

    @Override
    public String defaultSchedule() {
        return "60s";
    }

    @Override
    public String run() {
        return sweep.sweep().toString();
    }
}
