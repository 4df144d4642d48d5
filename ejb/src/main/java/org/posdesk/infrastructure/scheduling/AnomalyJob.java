package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.application.anomaly.AnomalyScan;

/** Every minute: flags the journal entries that arrived since the last run and break an anomaly rule. */
@ApplicationScoped
public class AnomalyJob implements ScheduledWork {

    @EJB
    private AnomalyScan scan;

    @Override
    public String name() {
        return "anomalies";
    }

    @Override
    public String defaultSchedule() {
        return "60s";
    }

    @Override
    public String run() {
        return scan.scan().toString();
    }
}
