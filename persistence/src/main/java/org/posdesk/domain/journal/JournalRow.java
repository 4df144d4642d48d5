package org.posdesk.domain.journal;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One journal entry as searches and exports read it: flat columns, no entity, nothing a full card
 * number could be in (the journal holds BIN and last four only).
 */
public record JournalRow(long id, long merchantId, long storeId, String storeName, long terminalId, String tid,
                         int batchNumber, String stan, String rrn, String authCode, TransactionType type,
                         TransactionStatus status, long amountMinor, String currency, String cardBin,
                         String cardLast4, String cardBrand, String entryMode, LocalDateTime terminalTime,
                         Instant receivedAt, String responseCode, Origin origin, boolean confirmedByUpload,
                         String orderNumber, Long originalId, boolean anomaly) {

    public JournalCursor cursor() {
        return new JournalCursor(terminalTime, id);
    }
}
