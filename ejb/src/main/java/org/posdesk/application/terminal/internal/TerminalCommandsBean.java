package org.posdesk.application.terminal.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.posdesk.application.terminal.TerminalCommands;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalCommand;
import org.posdesk.domain.terminal.TerminalCommandRepository;
import org.posdesk.domain.terminal.TerminalRepository;
import org.posdesk.infrastructure.terminal.CommandOffers;

@Stateless
public class TerminalCommandsBean implements TerminalCommands {

    @Inject
    private TerminalRepository terminals;
    @Inject
    private TerminalCommandRepository commands;
    @Inject
    private BatchRepository batches;
    @Inject
    private CommandOffers offers;

    private final Clock clock = Clock.systemUTC();

    @Override
    public long request(String tid, String code, Integer batch, String requestedBy) {
        Terminal terminal = terminals.findByTid(Tid.of(tid))
                .orElseThrow(() -> new IllegalArgumentException("no terminal " + tid));
        BatchNumber batchNumber = batch == null ? null : BatchNumber.of(batch);
        Instant now = clock.instant();
        TerminalCommand command = TerminalCommand.request(terminal, code, batchNumber, requestedBy, now);
        Optional<Batch> reupload = REUPLOAD_BATCH.equals(code)
                ? Optional.of(reuploadable(terminal, batchNumber)) : Optional.empty();
        commands.add(command);
        // An incomplete upload is taken again through a resubmission (batch lifecycle), which the
        // command then carries out; an UNBALANCED or UPLOADING batch is simply asked for again.
        reupload.filter(b -> b.getState() == BatchState.UPLOAD_INCOMPLETE)
                .ifPresent(b -> batches.addResubmission(b.requestResubmission(requestedBy, now)));
        offers.offerAfterCommit(tid);
        return command.getId();
    }

    /** The batch a 361 names, if posdesk would take the 0320 records the command makes the terminal send. */
    private Batch reuploadable(Terminal terminal, BatchNumber number) {
        Batch batch = batches.findByTerminalAndNumber(terminal.getId(), number)
                .orElseThrow(() -> new IllegalArgumentException("terminal " + terminal.getTid() + " has no batch "
                        + number));
        if (!canReupload(batch.getState())) {
            throw new IllegalArgumentException("batch " + number + " of terminal " + terminal.getTid() + " is "
                    + batch.getState() + ": only a batch in " + UploadFlow.ACCEPTING
                    + " can be uploaded again; a re-upload now would be refused record by record");
        }
        return batch;
    }

    /** A re-upload makes sense exactly in the states in which posdesk takes 0320 records. */
    static boolean canReupload(BatchState state) {
        return UploadFlow.ACCEPTING.contains(state);
    }
}
