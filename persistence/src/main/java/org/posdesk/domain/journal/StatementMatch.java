package org.posdesk.domain.journal;

import java.time.LocalDate;

/** An acquirer statement line matched to a journal entry, with the file it came in. */
public record StatementMatch(long lineId, long statementId, String acquirer, String fileName, LocalDate clearingDate,
                             int lineNumber, String type, long amountMinor, Long feeMinor, String currency,
                             String matchOutcome) {
}
