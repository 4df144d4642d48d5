package org.posdesk.application.batch;

import java.time.Instant;

/**
 * A batch as the board lists it. {@code terminalTotals} is null until the terminal settled (0500);
 * {@code computedTotals} are what posdesk summed from its journal.
 */
public record BatchSummary(long id, String tid, String storeName, int batchNumber, String state,
                           Instant openedAt, Instant settledAt, String currency, TotalsView terminalTotals,
                           TotalsView computedTotals, Integer announcedCount, int missingCount,
                           boolean needsAttention) {

    /** Whether the terminal's totals, once announced, agree with posdesk's. */
    public Boolean totalsAgree() {
        return terminalTotals == null ? null : terminalTotals.equals(computedTotals);
    }
}
