package org.posdesk.application.search;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One transaction as the search table and the export show it. {@code maskedCard} is BIN, four
 * stars and the last four, never more. Codes (type, status, origin) are the enum names; pages
 * translate them.
 */
public record TransactionRow(long id, LocalDateTime terminalTime, String storeName, String tid, int batchNumber,
                             String type, String status, long amountMinor, BigDecimal amount, String currency,
                             String maskedCard, String stan, String rrn, String authCode, String orderNumber,
                             String origin, boolean anomaly) implements Serializable {
}
