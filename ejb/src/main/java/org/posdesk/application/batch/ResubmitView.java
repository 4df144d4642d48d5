package org.posdesk.application.batch;

import java.time.Instant;

/**
 * The Resubmit action on the batch page: whether it is allowed (else {@code refusal} says why), and
 * the progress of the latest request, with its command's times, the terminal's answer and, on
 * failure, the error. Times are null until they happen.
 */
public record ResubmitView(ResubmitRefusal refusal, ResubmitProgress progress, String requestedBy,
                           Instant requestedAt, Instant sentAt, Instant answeredAt, String responseCode,
                           String error) {

    public boolean allowed() {
        return refusal == null;
    }

    public boolean inProgress() {
        return progress.inProgress();
    }
}
