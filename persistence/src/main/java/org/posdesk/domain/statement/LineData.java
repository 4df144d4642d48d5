package org.posdesk.domain.statement;

import java.time.LocalDateTime;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;

/**
 * One parsed statement line, as the acquirer wrote it. Identifiers stay strings: QR lines carry
 * alphanumeric MIDs and no auth code, so the journal's value objects would reject real data.
 */
public record LineData(int lineNumber, String tid, String mid, String rrn, String stan, Integer batchNumber,
                       String type, Money amount, Long feeMinor, Long netMinor, MaskedPan card,
                       String authCode, LocalDateTime transactionTime) {
}
