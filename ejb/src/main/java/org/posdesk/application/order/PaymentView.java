package org.posdesk.application.order;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A journal entry that named an order. The card is BIN and last four at most, as stored.
 *
 * @param terminalTime the terminal's local time, as printed on the slip
 */
public record PaymentView(long id, String tid, int batchNumber, String stan, String rrn, String authCode,
                          String type, String status, long amountMinor, String currency, String cardBin,
                          String cardLastFour, String cardBrand, String origin, String responseCode,
                          LocalDateTime terminalTime, Instant receivedAt) implements Serializable {

    public String amount() {
        return Amounts.plain(amountMinor, currency);
    }

    /** BIN, a mask, last four: never more than the journal holds. */
    public String maskedCard() {
        if (cardLastFour == null) {
            return "";
        }
        return (cardBin == null ? "" : cardBin) + "******" + cardLastFour;
    }
}
