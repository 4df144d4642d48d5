package org.posdesk.application.search;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A search as a person states it. Times are terminal local time (as printed on the slip), {@code from}
 * inclusive and {@code to} exclusive, at most 13 months apart. Amounts are in minor units (fen).
 * Blank or null text and null values mean "any". The service checks every value and narrows the
 * search to what the caller may see; nothing here widens it.
 *
 * @param type   a {@code TransactionType} name (SALE, VOID, REFUND, ...)
 * @param status a {@code TransactionStatus} name (APPROVED, DECLINED, VOIDED, REVERSED)
 * @param origin ONLINE, OFFLINE or BATCH_UPLOAD
 */
public record TransactionFilter(LocalDateTime from, LocalDateTime to, Long storeId, String tid, String type,
                                String status, Long minAmountMinor, Long maxAmountMinor, String cardLast4,
                                String rrn, String stan, String authCode, String orderNumber, String origin,
                                Boolean anomaly) implements Serializable {

    /** Everything in the window, no other criterion. */
    public static TransactionFilter window(LocalDateTime from, LocalDateTime to) {
        return new TransactionFilter(from, to, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public TransactionFilter withCardAndAmount(String last4, Long amountMinor) {
        return new TransactionFilter(from, to, storeId, tid, type, status, amountMinor, amountMinor, last4, rrn, stan,
                authCode, orderNumber, origin, anomaly);
    }
}
