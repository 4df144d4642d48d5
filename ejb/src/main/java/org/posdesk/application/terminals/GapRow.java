package org.posdesk.application.terminals;

import java.time.Instant;
import java.util.List;

/**
 * An offline gap with the offline sales made in it: entries whose terminal time falls inside it
 * and that arrived late (store-and-forward, or after the gap ended).
 *
 * @param endedAt null while the terminal is still silent
 */
public record GapRow(long id, Instant startedAt, Instant endedAt, long seconds, int offlineCount, boolean alerted,
                     List<JournalRow> offlineSales) {

    public boolean isOpen() {
        return endedAt == null;
    }
}
