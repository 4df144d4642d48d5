package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.ResubmissionState;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalCommandState;
import org.posdesk.infrastructure.terminal.CommandOffers;

/** A 361 is queued only for a batch whose re-uploaded records posdesk would take. */
class ReuploadRequestTest {

    private final InMemory.Batches batches = new InMemory.Batches();
    private final InMemory.Commands commands = new InMemory.Commands();
    private final TerminalCommandsBean bean = new TerminalCommandsBean();
    private final List<String> offered = new java.util.ArrayList<>();
    private final CommandOffers offers = new CommandOffers() {
        @Override
        public void offerAfterCommit(String tid) {
            offered.add(tid);
        }
    };
    private Terminal terminal;

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        terminal = InMemory.terminal();
        InMemory.Terminals terminals = new InMemory.Terminals() {
            @Override
            public Optional<Terminal> findByTid(Tid tid) {
                return Optional.of(terminal).filter(t -> t.getTid().equals(tid));
            }
        };
        set("terminals", terminals);
        set("commands", commands);
        set("batches", batches);
        set("offers", offers);
    }

    private void set(String name, Object value) throws ReflectiveOperationException {
        Field field = TerminalCommandsBean.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(bean, value);
    }

    private static List<BatchState> pathTo(BatchState state) {
        return switch (state) {
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
    }

    private void batchIn(BatchState state) {
        batches.add(InMemory.batch(terminal, pathTo(state).toArray(BatchState[]::new)));
    }

    @Test
    void anUnknownBatchIsRefused() {
        assertThatThrownBy(() -> bean.request(Messages.TID, "361", 7, "agent1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no batch 000007");
        assertThat(commands.commands).isEmpty();
        assertThat(offered).as("a refused command is offered to no connection").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = BatchState.class, names = {"OPEN", "SETTLING", "BALANCED", "UPLOADED", "DISCREPANT",
            "RECONCILED"})
    void aBatchWhoseRecordsWouldBeRefusedIsNotAskedFor(BatchState state) {
        batchIn(state);

        assertThatThrownBy(() -> bean.request(Messages.TID, "361", 7, "agent1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is " + state);
        assertThat(commands.commands).isEmpty();
        assertThat(batches.resubmissions).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = BatchState.class, names = {"UNBALANCED", "UPLOADING", "RESUBMIT_PENDING"})
    void aBatchStillTakingRecordsIsAskedForWithoutANewResubmission(BatchState state) {
        batchIn(state);

        bean.request(Messages.TID, "361", 7, "agent1");

        assertThat(commands.commands).singleElement()
                .satisfies(c -> assertThat(c.getState()).isEqualTo(TerminalCommandState.PENDING));
        assertThat(batches.resubmissions).isEmpty();
        assertThat(batches.batches.get(0).getState()).isEqualTo(state);
    }

    @Test
    void anIncompleteBatchGetsAResubmissionThatTheCommandCarriesOut() {
        batchIn(BatchState.UPLOAD_INCOMPLETE);

        long id = bean.request(Messages.TID, "361", 7, "agent1");

        assertThat(commands.findById(id)).isPresent();
        assertThat(batches.batches.get(0).getState()).isEqualTo(BatchState.RESUBMIT_PENDING);
        assertThat(batches.resubmissions).singleElement()
                .satisfies(r -> assertThat(r.getState()).isEqualTo(ResubmissionState.PENDING));
    }

    @Test
    void aReportLastTransactionCommandNeedsNoBatch() {
        bean.request(Messages.TID, "362", null, "agent1");
        assertThat(commands.commands).hasSize(1);
        assertThat(offered).as("stored, then offered to the terminal's connection").containsExactly(Messages.TID);
    }
}
