package org.posdesk.application.terminals;

import java.time.Instant;
import java.time.LocalDateTime;

/** A journal entry on the terminal page. {@code card} holds at most the BIN and the last four. */
public record JournalRow(long id, int batch, String stan, String type, String status, long amountMinor,
                         String currency, String card, LocalDateTime terminalTime, Instant receivedAt, String origin,
                         boolean anomaly) {
}
