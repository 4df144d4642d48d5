package org.posdesk.application.batch.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.posdesk.application.batch.ResubmitProgress;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.ResubmissionState;
import org.posdesk.domain.terminal.TerminalCommandState;

/**
 * How far the latest re-upload request got, read from its command, the resubmission it carries
 * out (if the batch needed one) and the batch's own state and history.
 */
final class ProgressRule {

    private static final Set<BatchState> UPLOAD_DONE = Set.of(BatchState.UPLOADED, BatchState.DISCREPANT,
            BatchState.RECONCILED);

    private ProgressRule() {
    }

    /**
     * The request's facts: its command's state and sending time, and the state of the resubmission
     * made with it (null when the batch needed none, e.g. an UNBALANCED batch).
     */
    record Attempt(TerminalCommandState command, Instant sentAt, ResubmissionState resubmission) {
    }

    /** A batch transition reduced to what the rule needs. */
    record Step(BatchState to, Instant at) {
    }

    static ResubmitProgress of(Attempt attempt, BatchState batch, List<Step> history) {
        if (attempt == null) {
            return ResubmitProgress.NONE;
        }
        if (attempt.command() == TerminalCommandState.REFUSED || attempt.resubmission() == ResubmissionState.FAILED) {
            return ResubmitProgress.FAILED;
        }
        if (UPLOAD_DONE.contains(batch) || attempt.resubmission() == ResubmissionState.COMPLETED) {
            return ResubmitProgress.DONE;
        }
        if (attempt.command() == TerminalCommandState.PENDING) {
            return ResubmitProgress.QUEUED;
        }
        if (batch == BatchState.UPLOADING) {
            return ResubmitProgress.UPLOADING;
        }
        if (batch == BatchState.UPLOAD_INCOMPLETE && endedIncompleteSince(history, attempt.sentAt())) {
            return ResubmitProgress.FAILED;
        }
        return ResubmitProgress.SENT;
    }

    private static boolean endedIncompleteSince(List<Step> history, Instant sentAt) {
        return sentAt != null && history.stream()
                .anyMatch(step -> step.to() == BatchState.UPLOAD_INCOMPLETE && !step.at().isBefore(sentAt));
    }
}
