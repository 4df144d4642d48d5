package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.application.reconciliation.DailySummary;

/**
 * At 06:30 every morning: yesterday's summary CSV per merchant. A missed firing runs once as soon
 * as a node is up (the files are wanted that morning, not the next), and the job requests
 * recovery: a node that died half-way left some merchants without their file, and nothing else
 * would write them before the next day. Rewriting is harmless (each file is replaced whole).
 */
@ApplicationScoped
public class DailySummaryJob implements ScheduledWork {

    @EJB
    private DailySummary summary;

    @Override
    public String name() {
        return "daily-summary";
    }

    @Override
    public String defaultSchedule() {
        return "cron:0 30 6 * * ?";
    }

    @Override
    public Misfire misfire() {
        return Misfire.RUN_ONCE_NOW;
    }

    @Override
    public boolean requestsRecovery() {
        return true;
    }

    @Override
    public String run() {
        return summary.writeYesterday().size() + " merchant summaries written";
    }
}
