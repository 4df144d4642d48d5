package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.application.gaps.OfflineGapDetection;

/** Every minute: terminals' contacts into offline gaps, and alerts for long ones. */
@ApplicationScoped
public class OfflineGapJob implements ScheduledWork {

    @EJB
    private OfflineGapDetection detection;

    @Override
    public String name() {
        return "offline-gaps";
    }

    @Override
    public String defaultSchedule() {
        return "60s";
    }

    @Override
    public String run() {
        return detection.detect().toString();
    }
}
