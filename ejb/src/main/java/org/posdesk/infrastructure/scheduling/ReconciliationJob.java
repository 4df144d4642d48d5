package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.posdesk.application.reconciliation.Reconciliation;
import org.posdesk.application.reconciliation.RunResult;

/**
 * Every 5 minutes: matches every imported statement. Misfires run once now: a statement imported
 * while the cluster was down should not wait a whole period more. No recovery needed: a statement
 * is matched in one transaction, so a run cut off by a dying node left it IMPORTED, and the next
 * regular run (minutes later) matches it.
 */
@ApplicationScoped
public class ReconciliationJob implements ScheduledWork {

    @EJB
    private Reconciliation reconciliation;

    @Override
    public String name() {
        return "reconciliation";
    }

    @Override
    public String defaultSchedule() {
        return "5m";
    }

    @Override
    public Misfire misfire() {
        return Misfire.RUN_ONCE_NOW;
    }

    @Override
    public String run() {
        List<RunResult> results = reconciliation.matchImported();
        return results.isEmpty() ? "no statement to match" : results.size() + " statements: " + results;
    }
}
