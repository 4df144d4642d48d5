package org.posdesk.application.terminals;

import java.time.Instant;

/**
 * A terminal as the list shows it.
 *
 * @param since       offline: its last contact; online: the end of its last offline gap (null if none)
 * @param offlineLate offline transactions counted on its gaps (received late)
 */
public record TerminalRow(String tid, long storeId, String storeName, String model, boolean online, Instant since,
                          Instant lastSeen, int currentBatch, long offlineLate) {
}
