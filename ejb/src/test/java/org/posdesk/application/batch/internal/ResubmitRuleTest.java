package org.posdesk.application.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.posdesk.application.batch.ResubmitRefusal;
import org.posdesk.domain.batch.BatchState;

/** A person may ask for a batch again only where a new upload can help and none is under way. */
class ResubmitRuleTest {

    @ParameterizedTest
    @EnumSource(value = BatchState.class, names = {"UNBALANCED", "UPLOAD_INCOMPLETE", "RESUBMIT_PENDING"})
    void anUploadThatCanStillBeTakenMayBeAskedForAgain(BatchState state) {
        assertThat(ResubmitRule.refusal(state, false)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = BatchState.class, names = {"UNBALANCED", "UPLOAD_INCOMPLETE", "RESUBMIT_PENDING"})
    void notTwiceWhileACommandIsQueuedOrUnanswered(BatchState state) {
        assertThat(ResubmitRule.refusal(state, true)).contains(ResubmitRefusal.IN_PROGRESS);
    }

    @ParameterizedTest
    @EnumSource(value = BatchState.class, names = {"OPEN", "SETTLING"})
    void aBatchTheTerminalHasNotClosedHasNothingToUpload(BatchState state) {
        assertThat(ResubmitRule.refusal(state, false)).contains(ResubmitRefusal.NOT_SETTLED);
    }

    @ParameterizedTest
    @EnumSource(value = BatchState.class, names = {"BALANCED", "UPLOADED", "DISCREPANT", "RECONCILED"})
    void aCompleteBatchIsNotUploadedAgain(BatchState state) {
        assertThat(ResubmitRule.refusal(state, false)).contains(ResubmitRefusal.COMPLETE);
        assertThat(ResubmitRule.refusal(state, true)).contains(ResubmitRefusal.COMPLETE);
    }

    @ParameterizedTest
    @EnumSource(value = BatchState.class, names = "UPLOADING")
    void notWhileTheTerminalIsUploadingIt(BatchState state) {
        assertThat(ResubmitRule.refusal(state, false)).contains(ResubmitRefusal.UPLOADING);
    }
}
