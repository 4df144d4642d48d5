package org.posdesk.domain.reconciliation;

import java.time.LocalDateTime;

/** The parts of a journal entry matching reads; {@code terminalTime} is the terminal's local time. */
public record JournalRef(long id, long merchantId, long storeId, long terminalId, String tid, int batchNumber,
                         String stan, String rrn, String type, String status, long amountMinor, String currency,
                         LocalDateTime terminalTime, Long originalId) {
}
