package org.posdesk.application.casework;

import java.time.LocalDateTime;

/**
 * What a merchant (or an agent on their behalf) knows about a payment nobody can find, as typed
 * in: every field optional but at least one of amount, RRN, STAN, auth code or order number.
 *
 * @param merchantId  for staff, the merchant the case is for; ignored for merchant users
 * @param tid         the terminal printed on the slip
 * @param time        terminal-local time, as on the slip or as the customer remembers it
 */
public record ClaimForm(Long merchantId, Long storeId, String tid, String orderNumber, Long amountMinor,
                        LocalDateTime time, String cardLastFour, String stan, String rrn, String authCode,
                        String note) {
}
