package org.posdesk.application.terminal.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.batch.Resubmission;
import org.posdesk.domain.batch.ResubmissionState;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalCommand;
import org.posdesk.domain.terminal.TerminalCommandRepository;
import org.posdesk.domain.terminal.TerminalCommandState;
import org.posdesk.infrastructure.crypto.KeyVault;

/**
 * Sends a waiting host command after a sign-on or heartbeat reply, and records the terminal's 0810
 * answer. A {@code 361} carries out the batch's resubmission, if it has one: sending the command
 * marks it SENT (one more attempt), a refusal marks it FAILED; UploadFlow completes it.
 */
@Dependent
class HostCommandFlow {

    private static final Logger LOG = Logger.getLogger(HostCommandFlow.class.getName());

    @Inject
    TerminalCommandRepository commands;
    @Inject
    KeyVault keyVault;
    @Inject
    BatchRepository batches;

    /**
     * The reply then carries the terminal's MAK even when the reply itself is unsigned: the
     * adapter signs the command with it.
     */
    TerminalReply attachPending(Inbound in, TerminalReply reply) {
        Terminal terminal = in.terminal();
        Optional<TerminalCommand> pending = commands.findOldestPending(terminal.getId());
        if (pending.isEmpty()) {
            return reply;
        }
        TerminalCommand command = pending.get();
        command.markSent(in.at());
        resubmissionFor(command).filter(r -> r.getState() == ResubmissionState.PENDING)
                .ifPresent(Resubmission::markSent);
        BatchNumber batch = command.getBatchNumber().orElse(terminal.getCurrentBatchNumber());
        IsoMessage message = HostCommandMessage.of(command.wireStan(), terminal.getTid().value(),
                in.merchant().getMid().value(), batch, command.getCode());
        byte[] key = in.macKey() != null ? in.macKey() : keyVault.decrypt(terminal.getMakEncrypted());
        return new TerminalReply(reply.message(), key, message, false);
    }

    TerminalReply answered(Inbound in) {
        Optional<TerminalCommand> command = commands.findSent(in.terminal().getId(), in.stan());
        if (command.isPresent()) {
            String code = in.text(39);
            command.get().answer(code, in.at());
            if (command.get().getState() == TerminalCommandState.REFUSED) {
                resubmissionFor(command.get()).ifPresent(r -> r.fail("terminal refused the re-upload command (0810 39="
                        + code + ")"));
            }
        } else {
            LOG.warning(() -> "0810 from " + in.tid() + " answers no command sent under STAN " + in.stan());
        }
        return TerminalReply.none();
    }

    /** The active (PENDING or SENT) resubmission a 361 command carries out; none for a 362. */
    private Optional<Resubmission> resubmissionFor(TerminalCommand command) {
        if (!TerminalCommand.REUPLOAD_BATCH.equals(command.getCode())) {
            return Optional.empty();
        }
        return batches.findByTerminalAndNumber(command.getTerminalId(), command.getBatchNumber().orElseThrow())
                .flatMap(batch -> batches.findActiveResubmission(batch.getId()));
    }
}
