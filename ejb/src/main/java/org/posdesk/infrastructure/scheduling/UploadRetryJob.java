package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.application.reconciliation.UploadRetry;

/**
 * Every minute: resubmissions for incomplete uploads, with backoff. Missed firings are skipped
 * (the backoff is computed from the stored requests, so nothing is lost by running late) and no
 * recovery is needed: each request commits with its batch row locked, and the next run carries on.
 */
@ApplicationScoped
public class UploadRetryJob implements ScheduledWork {

    @EJB
    private UploadRetry retry;

    @Override
    public String name() {
        return "upload-retry";
    }

    @Override
    public String defaultSchedule() {
        return "60s";
    }

    @Override
    public String run() {
        return retry.retry().toString();
    }
}
