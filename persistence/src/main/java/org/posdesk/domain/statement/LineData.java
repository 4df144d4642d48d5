package org.posdesk.domain.statement;

import java.time.LocalDateTime;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;

/**
 * One parsed statement line, as the acquirer wrote it. Identifiers stay strings: QR lines carry
 * alphanumeric MIDs and no auth code, so the journal's value objects would reject real data.
 * {@code debitCredit} is the raw D/C letter of a signed cell, or null; what it means is the
 * acquirer profile's business (statements.md, gotcha 2).
 */
public record LineData(int lineNumber, String tid, String mid, String rrn, String stan, Integer batchNumber,
                       String type, Money amount, Long feeMinor, Long netMinor, MaskedPan card,
                       String authCode, LocalDateTime transactionTime, OriginalReference original,
                       String orderNumber, Character debitCredit) {

    public LineData {
        original = original == null ? OriginalReference.none() : original;
    }
}
