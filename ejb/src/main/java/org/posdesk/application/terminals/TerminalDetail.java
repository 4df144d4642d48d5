package org.posdesk.application.terminals;

import java.time.Instant;
import java.util.List;

/**
 * Everything the terminal page shows.
 *
 * @param lastTransaction null when the journal holds none for the terminal
 */
public record TerminalDetail(TerminalRow summary, String serialNumber, int heartbeatSeconds, long allowanceSeconds,
                             String lastNode, List<ContactRow> contacts, List<GapRow> gaps,
                             JournalRow lastTransaction, List<BatchRow> batches, List<CommandRow> commands,
                             Instant now) {
}
