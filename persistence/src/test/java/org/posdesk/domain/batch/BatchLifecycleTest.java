package org.posdesk.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.Stan;

class BatchLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");
    private static final Totals TERMINAL = Totals.domestic(10_000, 3, 500, 1);

    private static Batch openBatch() {
        return Batch.open(1L, 2L, BatchNumber.of(7), "CNY", T0);
    }

    /** Drives a fresh batch into {@code state} along the lifecycle's edges. */
    private static Batch batchIn(BatchState state) {
        Batch batch = openBatch();
        List<BatchState> path = switch (state) {
            case OPEN -> List.of();
            case SETTLING -> List.of(BatchState.SETTLING);
            case BALANCED -> List.of(BatchState.SETTLING, BatchState.BALANCED);
            case UNBALANCED -> List.of(BatchState.SETTLING, BatchState.UNBALANCED);
            case UPLOADING -> List.of(BatchState.SETTLING, BatchState.UNBALANCED, BatchState.UPLOADING);
            case UPLOADED -> List.of(BatchState.SETTLING, BatchState.UNBALANCED, BatchState.UPLOADING,
                    BatchState.UPLOADED);
            case UPLOAD_INCOMPLETE -> List.of(BatchState.SETTLING, BatchState.UNBALANCED, BatchState.UPLOADING,
                    BatchState.UPLOAD_INCOMPLETE);
            case RESUBMIT_PENDING -> List.of(BatchState.SETTLING, BatchState.UNBALANCED, BatchState.UPLOADING,
                    BatchState.UPLOAD_INCOMPLETE, BatchState.RESUBMIT_PENDING);
            case DISCREPANT -> List.of(BatchState.SETTLING, BatchState.BALANCED, BatchState.DISCREPANT);
            case RECONCILED -> List.of(BatchState.SETTLING, BatchState.BALANCED, BatchState.RECONCILED);
        };
        path.forEach(next -> batch.transitionTo(next, "setup", T0));
        return batch;
    }

    static Stream<Arguments> allowedTransitions() {
        return Stream.of(
                Arguments.of(BatchState.OPEN, BatchState.SETTLING),
                Arguments.of(BatchState.SETTLING, BatchState.BALANCED),
                Arguments.of(BatchState.SETTLING, BatchState.UNBALANCED),
                Arguments.of(BatchState.BALANCED, BatchState.RECONCILED),
                Arguments.of(BatchState.BALANCED, BatchState.DISCREPANT),
                Arguments.of(BatchState.UNBALANCED, BatchState.UPLOADING),
                Arguments.of(BatchState.UPLOADING, BatchState.UPLOADED),
                Arguments.of(BatchState.UPLOADING, BatchState.UPLOAD_INCOMPLETE),
                Arguments.of(BatchState.UPLOAD_INCOMPLETE, BatchState.RESUBMIT_PENDING),
                Arguments.of(BatchState.UPLOAD_INCOMPLETE, BatchState.UPLOADING),
                Arguments.of(BatchState.RESUBMIT_PENDING, BatchState.UPLOADING),
                Arguments.of(BatchState.UPLOADED, BatchState.RECONCILED),
                Arguments.of(BatchState.UPLOADED, BatchState.DISCREPANT),
                Arguments.of(BatchState.DISCREPANT, BatchState.RECONCILED));
    }

    @ParameterizedTest
    @MethodSource("allowedTransitions")
    void everyTransitionOfTheLifecycleWorksAndIsRecorded(BatchState from, BatchState to) {
        Batch batch = batchIn(from);
        int before = batch.getTransitions().size();
        Instant at = T0.plusSeconds(60);

        batch.transitionTo(to, "because", at, "alice");

        assertThat(batch.getState()).isEqualTo(to);
        assertThat(batch.getTransitions()).hasSize(before + 1);
        BatchTransition last = batch.getTransitions().get(before);
        assertThat(last.getFromState()).contains(from);
        assertThat(last.getToState()).isEqualTo(to);
        assertThat(last.getOccurredAt()).isEqualTo(at);
        assertThat(last.getCause()).isEqualTo("because");
        assertThat(last.getActor()).contains("alice");
    }

    @Test
    void theListAboveIsTheWholeLifecycle() {
        long edges = Stream.of(BatchState.values()).mapToLong(s -> s.allowedNext().size()).sum();
        assertThat(edges).isEqualTo(allowedTransitions().count());
    }

    @Test
    void everyOtherTransitionIsRefusedAndLeavesNoTrace() {
        for (BatchState from : BatchState.values()) {
            Set<BatchState> forbidden = EnumSet.complementOf(EnumSet.copyOf(withSelf(from)));
            for (BatchState to : forbidden) {
                Batch batch = batchIn(from);
                int before = batch.getTransitions().size();
                assertThatThrownBy(() -> batch.transitionTo(to, "nope", T0))
                        .as("%s -> %s", from, to).isInstanceOf(IllegalTransitionException.class);
                assertThat(batch.getState()).isEqualTo(from);
                assertThat(batch.getTransitions()).hasSize(before);
            }
        }
    }

    private static Set<BatchState> withSelf(BatchState from) {
        Set<BatchState> allowed = EnumSet.copyOf(Set.of(from));
        allowed.addAll(from.allowedNext());
        return allowed;
    }

    @Test
    void openToReconciledIsRefused() {
        Batch batch = openBatch();
        assertThatThrownBy(() -> batch.transitionTo(BatchState.RECONCILED, "skip", T0))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void openingRecordsTheFirstTransition() {
        Batch batch = openBatch();
        assertThat(batch.getState()).isEqualTo(BatchState.OPEN);
        assertThat(batch.getTransitions()).singleElement()
                .satisfies(t -> assertThat(t.getFromState()).isEmpty());
    }

    @Test
    void agreeingTotalsBalanceTheBatch() {
        Batch batch = openBatch();
        batch.startSettlement(TERMINAL, T0);

        assertThat(batch.completeSettlement(Totals.domestic(10_000, 3, 500, 1), T0)).isEqualTo(BatchState.BALANCED);
        assertThat(batch.getSettledAt()).contains(T0);
    }

    @Test
    void disagreeingTotalsLeadToAnUploadWhoseGapsAreKept() {
        Batch batch = openBatch();
        batch.startSettlement(TERMINAL, T0);
        assertThat(batch.completeSettlement(Totals.domestic(9_000, 2, 500, 1), T0))
                .isEqualTo(BatchState.UNBALANCED);

        batch.startUpload(T0);
        batch.startUpload(T0.plusSeconds(1));
        BatchState result = batch.finishUpload(4, List.of(Stan.of(12), Stan.of(3)), T0.plusSeconds(2));

        assertThat(result).isEqualTo(BatchState.UPLOAD_INCOMPLETE);
        assertThat(batch.getMissingStans()).containsExactly(Stan.of(3), Stan.of(12));
        assertThat(batch.isNeedsAttention()).isTrue();
        assertThat(batch.getAnnouncedCount()).contains(4);
        assertThat(batch.getTransitions()).extracting(BatchTransition::getToState).containsExactly(
                BatchState.OPEN, BatchState.SETTLING, BatchState.UNBALANCED, BatchState.UPLOADING,
                BatchState.UPLOAD_INCOMPLETE);
    }

    @Test
    void aCallerMayRuleSettlementUnbalancedDespiteEqualSums() {
        Batch batch = openBatch();
        batch.startSettlement(TERMINAL, T0);
        assertThat(batch.completeSettlement(TERMINAL, false, T0)).isEqualTo(BatchState.UNBALANCED);
        assertThat(batch.getComputedTotals()).isEqualTo(TERMINAL);
    }

    @Test
    void anUploadThatReachesTheCountIsUploaded() {
        Batch batch = batchIn(BatchState.UPLOADING);
        assertThat(batch.closeUpload(3, 3, List.of(), T0)).isEqualTo(BatchState.UPLOADED);
        assertThat(batch.isNeedsAttention()).isFalse();
        assertThat(batch.getAnnouncedCount()).contains(3);
    }

    @Test
    void anUploadShortOfTheCountIsIncompleteEvenWhenNoStanCanBeNamed() {
        Batch batch = batchIn(BatchState.UPLOADING);
        assertThat(batch.closeUpload(5, 3, List.of(), T0)).isEqualTo(BatchState.UPLOAD_INCOMPLETE);
        assertThat(batch.getMissingStans()).isEmpty();
        assertThat(batch.isNeedsAttention()).isTrue();
        assertThat(batch.getTransitions().get(batch.getTransitions().size() - 1).getCause())
                .isEqualTo("upload end, 2 missing");
    }

    @Test
    void aDisconnectDuringTheUploadLeavesTheBatchIncomplete() {
        Batch batch = batchIn(BatchState.UPLOADING);

        batch.abandonUpload(Batch.DISCONNECTED_DURING_UPLOAD, T0.plusSeconds(1));

        assertThat(batch.getState()).isEqualTo(BatchState.UPLOAD_INCOMPLETE);
        assertThat(batch.isNeedsAttention()).isTrue();
        assertThat(lastCause(batch)).isEqualTo("disconnected during upload");
    }

    @Test
    void anAbandonedUploadNamesTheStansMissingAgainstAnEarlierCount() {
        Batch batch = batchIn(BatchState.UPLOADING);
        batch.closeUpload(5, 2, List.of(Stan.of(3), Stan.of(4)), T0);
        batch.startUpload(T0.plusSeconds(1));

        batch.abandonUpload(Batch.DISCONNECTED_DURING_UPLOAD, List.of(Stan.of(4)), T0.plusSeconds(2));

        assertThat(batch.getMissingStans()).containsExactly(Stan.of(4));
    }

    @Test
    void theTerminalResumesAnInterruptedUploadWithoutAResubmissionAndCompletesIt() {
        Batch batch = batchIn(BatchState.UPLOADING);
        batch.abandonUpload(Batch.DISCONNECTED_DURING_UPLOAD, T0.plusSeconds(1));

        batch.startUpload(T0.plusSeconds(30));
        assertThat(batch.getState()).isEqualTo(BatchState.UPLOADING);
        assertThat(lastCause(batch)).isEqualTo("terminal resumed its upload");

        assertThat(batch.closeUpload(4, 4, List.of(), T0.plusSeconds(31))).isEqualTo(BatchState.UPLOADED);
        assertThat(batch.getTransitions()).extracting(BatchTransition::getToState).endsWith(
                BatchState.UPLOADING, BatchState.UPLOAD_INCOMPLETE, BatchState.UPLOADING, BatchState.UPLOADED);
    }

    @Test
    void aRepeatedUploadEndIsRecognisedOnlyWhenNothingChanged() {
        Batch batch = batchIn(BatchState.UPLOADING);
        batch.closeUpload(5, 3, List.of(Stan.of(4), Stan.of(2)), T0);

        assertThat(batch.repeatsIncompleteUploadEnd(5, 3, List.of(Stan.of(2), Stan.of(4)))).isTrue();
        assertThat(batch.repeatsIncompleteUploadEnd(6, 3, List.of(Stan.of(2), Stan.of(4)))).isFalse();
        assertThat(batch.repeatsIncompleteUploadEnd(5, 4, List.of(Stan.of(2)))).isFalse();
        assertThat(batch.repeatsIncompleteUploadEnd(5, 5, List.of())).isFalse();
    }

    @Test
    void anUploadEndAfterADisconnectIsNeverARepeat() {
        Batch batch = batchIn(BatchState.UPLOADING);
        batch.abandonUpload(Batch.DISCONNECTED_DURING_UPLOAD, T0);
        assertThat(batch.repeatsIncompleteUploadEnd(5, 3, List.of())).isFalse();
    }

    private static String lastCause(Batch batch) {
        return batch.getTransitions().get(batch.getTransitions().size() - 1).getCause();
    }

    @Test
    void holdingMoreThanTheTerminalCountsIsUploadedButFlagged() {
        Batch batch = batchIn(BatchState.UPLOADING);
        assertThat(batch.closeUpload(2, 3, List.of(), T0)).isEqualTo(BatchState.UPLOADED);
        assertThat(batch.isNeedsAttention()).isTrue();
    }
}
