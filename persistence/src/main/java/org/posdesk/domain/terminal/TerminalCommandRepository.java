package org.posdesk.domain.terminal;

import java.util.Optional;
import org.posdesk.domain.shared.Stan;

/** Host commands waiting for, or sent to, a terminal. */
public interface TerminalCommandRepository {

    void add(TerminalCommand command);

    Optional<TerminalCommand> findById(long id);

    /** The command that has waited longest, sent first so commands go out in the order asked. */
    Optional<TerminalCommand> findOldestPending(long terminalId);

    /** The sent command a terminal's 0810 answers, by the STAN it echoes. */
    Optional<TerminalCommand> findSent(long terminalId, Stan stan);
}
