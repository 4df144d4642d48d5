package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.posdesk.application.reconciliation.UploadRetry;
import org.posdesk.application.terminal.TerminalCommands;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.application.alert.AlertRaising;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.reconciliation.ReconciliationRepository;
import org.posdesk.domain.reconciliation.RetryCandidate;
import org.posdesk.domain.reconciliation.RetryPolicy;
import org.posdesk.infrastructure.config.Settings;

@Stateless
public class UploadRetryBean implements UploadRetry {

    /** The resubmissions this job makes carry this requester; a person's do not count against the limit. */
    public static final String REQUESTER = "upload-retry";
    private static final int PER_RUN = 200;

    @Inject
    private ReconciliationRepository repository;
    @EJB
    private AlertRaising alerts;
    @EJB
    private TerminalCommands commands;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Result retry() {
        RetryPolicy policy = new RetryPolicy(Settings.duration("upload-retry.base", Duration.ofMinutes(5)),
                Settings.get("upload-retry.limit").map(Integer::parseInt).orElse(5));
        Instant now = clock.instant();
        int requested = 0;
        int waiting = 0;
        int gaveUp = 0;
        // A terminal keeps a settled batch only for days: an upload left incomplete longer ago
        // cannot be fetched any more, and would only crowd out the recent ones.
        Instant since = now.minus(Settings.duration("upload-retry.max-age", Duration.ofDays(7)));
        for (RetryCandidate candidate : repository.incompleteUploads(REQUESTER, since, PER_RUN)) {
            switch (policy.decide(candidate.retries(), candidate.lastRetryAt(), now)) {
                case WAIT -> waiting++;
                case RETRY -> requested += request(candidate) ? 1 : 0;
                case GIVE_UP -> gaveUp += alertOnce(candidate, policy, now) ? 1 : 0;
            }
        }
        return new Result(requested, waiting, gaveUp);
    }

    /** Locked and read again: a terminal may have resumed the upload, or a person resubmitted, meanwhile. */
    private boolean request(RetryCandidate candidate) {
        Batch batch = repository.lockBatch(candidate.batchId()).orElseThrow();
        if (batch.getState() != BatchState.UPLOAD_INCOMPLETE) {
            return false;
        }
        commands.request(candidate.tid(), TerminalCommands.REUPLOAD_BATCH, candidate.batchNumber(), REQUESTER);
        return true;
    }

    private boolean alertOnce(RetryCandidate candidate, RetryPolicy policy, Instant now) {
        String cause = candidate.tid() + "/" + candidate.batchNumber() + "@"
                + (candidate.incompleteSince() == null ? 0 : candidate.incompleteSince().toEpochMilli());
        return alerts.raiseOnce(AlertKind.UPLOAD_RETRY_EXHAUSTED, cause, "batch " + candidate.batchNumber()
                        + " of terminal " + candidate.tid() + " is still incomplete after " + candidate.retries()
                        + " automatic resubmissions (limit " + policy.limit() + "): ask the merchant",
                candidate.merchantId(), candidate.terminalId(), now);
    }
}
