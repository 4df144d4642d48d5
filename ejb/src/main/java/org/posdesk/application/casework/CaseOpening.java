package org.posdesk.application.casework;

import jakarta.ejb.Local;
import java.time.LocalDateTime;
import org.posdesk.domain.shared.Money;

/**
 * Cases nobody reported: opened by jobs and by reconciliation, each once (idempotent by what it
 * is about). Runs under whatever identity calls it; the opener is recorded as "system".
 */
@Local
public interface CaseOpening {

    /**
     * The acquirer settled a payment posdesk has no journal entry for.
     *
     * @param time terminal-local time from the acquirer line (may be null)
     * @param rrn  may be null, as may stan and lastFour
     * @return the case, new or the one already opened for the same line (same merchant, TID, RRN/STAN, amount, time)
     */
    long openForAcquirerPayment(long merchantId, String tid, Money amount, LocalDateTime time, String rrn,
                                String stan, String lastFour);

    /** An approved payment named an order number the merchant never sent. Empty if not such a payment. */
    java.util.Optional<Long> openForUnknownOrder(long transactionId);

}
