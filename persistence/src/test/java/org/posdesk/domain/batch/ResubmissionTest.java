package org.posdesk.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.IllegalTransitionException;

class ResubmissionTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    private static Resubmission pending() {
        return new Resubmission(5L, "agent1", T0);
    }

    @Test
    void aRequestWaitsWithNoAttempt() {
        Resubmission resubmission = pending();
        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.PENDING);
        assertThat(resubmission.getAttempts()).isZero();
    }

    @Test
    void sendingTheCommandCountsAnAttemptAndTheUploadCompletesIt() {
        Resubmission resubmission = pending();

        resubmission.markSent();
        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.SENT);
        assertThat(resubmission.getAttempts()).isEqualTo(1);

        resubmission.complete();
        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.COMPLETED);
    }

    @Test
    void aBatchUploadedBeforeTheCommandWentOutCompletesAPendingRequest() {
        Resubmission resubmission = pending();
        resubmission.complete();
        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.COMPLETED);
        assertThat(resubmission.getAttempts()).isZero();
    }

    @Test
    void aRefusalFailsItWithTheReason() {
        Resubmission resubmission = pending();
        resubmission.markSent();

        resubmission.fail("terminal refused the re-upload command (0810 39=12)");

        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.FAILED);
        assertThat(resubmission.getLastError()).contains("terminal refused the re-upload command (0810 39=12)");
    }

    @Test
    void aFinishedRequestMovesNoMore() {
        Resubmission completed = pending();
        completed.complete();
        assertThatThrownBy(() -> completed.fail("late")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(completed::markSent).isInstanceOf(IllegalTransitionException.class);
    }
}
