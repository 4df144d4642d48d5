package org.posdesk.domain.reconciliation;

import java.time.LocalDateTime;

/** The parts of a statement line matching reads; times are acquirer local (Beijing); outcome null until matched. */
public record LineRef(long id, String tid, String rrn, String stan, Integer batchNumber, String type, long amountMinor,
                      String currency, String authCode, LocalDateTime time, String originalStan, String originalRrn,
                      LocalDateTime originalTime, String cardLast4, String orderNumber,
                      String outcome) {

    public boolean cancelsAnother() {
        return ("VOID".equals(type) || "REFUND".equals(type) || "REVERSAL".equals(type))
                && (originalStan != null || originalRrn != null);
    }
}
