package org.posdesk.application.terminal.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.posdesk.application.terminal.TerminalCommands;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalCommand;
import org.posdesk.domain.terminal.TerminalCommandRepository;
import org.posdesk.domain.terminal.TerminalRepository;

@Stateless
public class TerminalCommandsBean implements TerminalCommands {

    @Inject
    private TerminalRepository terminals;
    @Inject
    private TerminalCommandRepository commands;
    @Inject
    private BatchRepository batches;

    private final Clock clock = Clock.systemUTC();

    @Override
    public long request(String tid, String code, Integer batch, String requestedBy) {
        Terminal terminal = terminals.findByTid(Tid.of(tid))
                .orElseThrow(() -> new IllegalArgumentException("no terminal " + tid));
        BatchNumber batchNumber = batch == null ? null : BatchNumber.of(batch);
        Instant now = clock.instant();
        TerminalCommand command = TerminalCommand.request(terminal, code, batchNumber, requestedBy, now);
        commands.add(command);
        if (REUPLOAD_BATCH.equals(code)) {
            // An incomplete upload can only be taken again through a resubmission (batch lifecycle).
            batches.findByTerminalAndNumber(terminal.getId(), batchNumber)
                    .filter(b -> b.getState() == BatchState.UPLOAD_INCOMPLETE)
                    .ifPresent(b -> batches.addResubmission(b.requestResubmission(requestedBy, now)));
        }
        return command.getId();
    }
}
