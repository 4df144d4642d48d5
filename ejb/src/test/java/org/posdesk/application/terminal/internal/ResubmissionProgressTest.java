package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.posdesk.application.terminal.internal.InMemory.T0;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.Resubmission;
import org.posdesk.domain.batch.ResubmissionState;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalCommand;
import org.posdesk.domain.terminal.TerminalCommandState;

/** The resubmission row follows its 361 command and the batch: SENT when sent, then COMPLETED or FAILED. */
class ResubmissionProgressTest {

    private final InMemory.Batches batches = new InMemory.Batches();
    private final InMemory.Commands commands = new InMemory.Commands();
    private final InMemory.Journal journal = new InMemory.Journal();
    private final HostCommandFlow hostCommands = new HostCommandFlow();
    private final UploadFlow uploads = InMemory.uploads(batches, journal);
    private Terminal terminal;
    private Resubmission resubmission;

    @BeforeEach
    void incompleteBatchWithAResubmission() {
        hostCommands.commands = commands;
        hostCommands.batches = batches;
        terminal = InMemory.terminal();
        Batch batch = InMemory.batch(terminal, BatchState.SETTLING, BatchState.UNBALANCED, BatchState.UPLOADING,
                BatchState.UPLOAD_INCOMPLETE);
        batches.add(batch);
        resubmission = batch.requestResubmission("agent1", T0);
        batches.addResubmission(resubmission);
    }

    private TerminalCommand queue(String code) {
        TerminalCommand command = TerminalCommand.request(terminal, code,
                TerminalCommand.REUPLOAD_BATCH.equals(code) ? BatchNumber.of(7) : null, "agent1", T0);
        commands.add(command);
        return command;
    }

    /** The terminal's heartbeat, whose reply carries the waiting command. */
    private TerminalReply heartbeat() {
        Inbound in = InMemory.inbound(Messages.heartbeat(), terminal, T0.plusSeconds(10));
        return hostCommands.attachPending(in, in.answer("00"));
    }

    private void terminalAnswers(TerminalCommand command, String code) {
        IsoMessage answer = IsoMessage.of("0810").with(11, command.wireStan().value()).with(39, code)
                .with(41, Messages.TID).with(42, Messages.MID).with(60, "00000007" + command.getCode());
        hostCommands.answered(InMemory.inbound(answer, terminal, T0.plusSeconds(11)));
    }

    @Test
    void sendingThe361CountsAnAttempt() {
        queue(TerminalCommand.REUPLOAD_BATCH);

        assertThat(heartbeat().command()).isNotNull();

        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.SENT);
        assertThat(resubmission.getAttempts()).isEqualTo(1);
    }

    @Test
    void aRefusedCommandFailsTheResubmissionWithTheReason() {
        TerminalCommand command = queue(TerminalCommand.REUPLOAD_BATCH);
        heartbeat();

        terminalAnswers(command, "12");

        assertThat(command.getState()).isEqualTo(TerminalCommandState.REFUSED);
        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.FAILED);
        assertThat(resubmission.getLastError()).hasValueSatisfying(e -> assertThat(e).contains("39=12"));
    }

    @Test
    void anAcceptedCommandLeavesTheResubmissionWaitingForTheUpload() {
        TerminalCommand command = queue(TerminalCommand.REUPLOAD_BATCH);
        heartbeat();

        terminalAnswers(command, "00");

        assertThat(command.getState()).isEqualTo(TerminalCommandState.ACKNOWLEDGED);
        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.SENT);
    }

    @Test
    void theUploadedBatchCompletesTheResubmission() {
        TerminalCommand command = queue(TerminalCommand.REUPLOAD_BATCH);
        heartbeat();
        terminalAnswers(command, "00");

        uploads.handle(InMemory.inbound(Messages.packedUpload(Messages.saleEntry()), terminal, T0.plusSeconds(12)));
        uploads.handle(InMemory.inbound(InMemory.uploadEnd(1), terminal, T0.plusSeconds(13)));

        assertThat(batches.batches.get(0).getState()).isEqualTo(BatchState.UPLOADED);
        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.COMPLETED);
        assertThat(resubmission.getAttempts()).isEqualTo(1);
    }

    @Test
    void anUploadStillShortLeavesTheResubmissionOpen() {
        queue(TerminalCommand.REUPLOAD_BATCH);
        heartbeat();

        uploads.handle(InMemory.inbound(Messages.packedUpload(Messages.saleEntry()), terminal, T0.plusSeconds(12)));
        uploads.handle(InMemory.inbound(InMemory.uploadEnd(2), terminal, T0.plusSeconds(13)));

        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.SENT);
    }

    @Test
    void aReportLastTransactionCommandLeavesTheResubmissionAlone() {
        TerminalCommand command = queue(TerminalCommand.REPORT_LAST_TRANSACTION);
        heartbeat();
        terminalAnswers(command, "12");

        assertThat(resubmission.getState()).isEqualTo(ResubmissionState.PENDING);
        assertThat(resubmission.getAttempts()).isZero();
    }
}
