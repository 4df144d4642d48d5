package org.posdesk.application.casework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A payment that may be the one a case is about, with its score and every reason for it.
 *
 * @param kind     JOURNAL (posdesk's journal: online, offline or batch-upload entries), REVERSAL (a
 *                 reversal whose original posdesk does not know) or STATEMENT (an acquirer line no
 *                 journal entry matched)
 * @param id       the row of that kind
 * @param time     terminal-local time (for a reversal: when it was received, in the merchant's zone)
 * @param linkable a journal entry that can pay an order (approved sale or completion)
 */
public record Candidate(String kind, long id, String tid, Integer batchNumber, String stan, String rrn,
                        String authCode, long amountMinor, String currency, LocalDateTime time, Instant receivedAt,
                        String cardLastFour, String type, String status, String origin, String orderNumber,
                        int score, List<CandidateReason> reasons, boolean linkable) {
}
