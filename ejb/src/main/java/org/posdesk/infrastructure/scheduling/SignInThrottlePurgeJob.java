package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.application.SignInThrottlePurge;

/** Every hour: failed sign-in counts idle for a day are dropped. */
@ApplicationScoped
public class SignInThrottlePurgeJob implements ScheduledWork {

    @EJB
    private SignInThrottlePurge purge;

    @Override
    public String name() {
        return "sign-in-throttle-purge";
    }

    @Override
    public String defaultSchedule() {
        return "1h";
    }

    @Override
    public String run() {
        return purge.purge() + " idle sign-in counts dropped";
    }
}
