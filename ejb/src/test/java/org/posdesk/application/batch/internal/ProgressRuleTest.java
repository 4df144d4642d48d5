package org.posdesk.application.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.posdesk.application.batch.ResubmitProgress;
import org.posdesk.application.batch.internal.ProgressRule.Attempt;
import org.posdesk.application.batch.internal.ProgressRule.Step;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.ResubmissionState;
import org.posdesk.domain.terminal.TerminalCommandState;

/** queued → sent → uploading → done, or failed, as the command, the resubmission and the batch move. */
class ProgressRuleTest {

    private static final Instant SENT = Instant.parse("2026-05-04T02:00:00Z");
    private static final List<Step> HISTORY = List.of(
            new Step(BatchState.UPLOAD_INCOMPLETE, SENT.minusSeconds(600)),
            new Step(BatchState.RESUBMIT_PENDING, SENT.minusSeconds(60)));

    @Test
    void nothingAskedIsNone() {
        assertThat(ProgressRule.of(null, BatchState.UPLOAD_INCOMPLETE, HISTORY)).isEqualTo(ResubmitProgress.NONE);
    }

    @Test
    void aCommandWaitingForTheTerminalIsQueued() {
        Attempt waiting = new Attempt(TerminalCommandState.PENDING, null, ResubmissionState.PENDING);
        assertThat(ProgressRule.of(waiting, BatchState.RESUBMIT_PENDING, HISTORY)).isEqualTo(ResubmitProgress.QUEUED);
    }

    @Test
    void aCommandOutOrAcknowledgedBeforeTheFirstRecordIsSent() {
        assertThat(ProgressRule.of(new Attempt(TerminalCommandState.SENT, SENT, ResubmissionState.SENT),
                BatchState.RESUBMIT_PENDING, HISTORY)).isEqualTo(ResubmitProgress.SENT);
        assertThat(ProgressRule.of(new Attempt(TerminalCommandState.ACKNOWLEDGED, SENT, null),
                BatchState.UNBALANCED, HISTORY)).isEqualTo(ResubmitProgress.SENT);
    }

    @Test
    void recordsArrivingIsUploading() {
        assertThat(ProgressRule.of(new Attempt(TerminalCommandState.ACKNOWLEDGED, SENT, ResubmissionState.SENT),
                BatchState.UPLOADING, HISTORY)).isEqualTo(ResubmitProgress.UPLOADING);
    }

    @Test
    void anUploadedBatchIsDone() {
        assertThat(ProgressRule.of(new Attempt(TerminalCommandState.ACKNOWLEDGED, SENT, ResubmissionState.COMPLETED),
                BatchState.UPLOADED, HISTORY)).isEqualTo(ResubmitProgress.DONE);
        // The terminal resumed by itself before the command went out.
        assertThat(ProgressRule.of(new Attempt(TerminalCommandState.PENDING, null, ResubmissionState.COMPLETED),
                BatchState.UPLOADED, HISTORY)).isEqualTo(ResubmitProgress.DONE);
    }

    @Test
    void aRefusalByTheTerminalFails() {
        assertThat(ProgressRule.of(new Attempt(TerminalCommandState.REFUSED, SENT, ResubmissionState.FAILED),
                BatchState.RESUBMIT_PENDING, HISTORY)).isEqualTo(ResubmitProgress.FAILED);
        assertThat(ProgressRule.of(new Attempt(TerminalCommandState.REFUSED, SENT, null),
                BatchState.UNBALANCED, HISTORY)).isEqualTo(ResubmitProgress.FAILED);
    }

    @Test
    void anUploadThatEndsIncompleteAgainFails() {
        List<Step> again = List.of(HISTORY.get(0), HISTORY.get(1), new Step(BatchState.UPLOADING, SENT.plusSeconds(1)),
                new Step(BatchState.UPLOAD_INCOMPLETE, SENT.plusSeconds(2)));
        assertThat(ProgressRule.of(new Attempt(TerminalCommandState.ACKNOWLEDGED, SENT, ResubmissionState.SENT),
                BatchState.UPLOAD_INCOMPLETE, again)).isEqualTo(ResubmitProgress.FAILED);
    }

    @Test
    void onlyQueuedSentAndUploadingAreInProgress() {
        assertThat(List.of(ResubmitProgress.values())).filteredOn(ResubmitProgress::inProgress)
                .containsExactly(ResubmitProgress.QUEUED, ResubmitProgress.SENT, ResubmitProgress.UPLOADING);
    }
}
