package org.posdesk.domain.journal;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * What a journal search selects, already checked and already narrowed to what the caller may see.
 * Times are terminal local time (as on the slip), {@code from} inclusive and {@code to} exclusive.
 * Null means "any" for every criterion but the window, which is always bounded so that no search
 * can walk the whole journal.
 *
 * @param merchantId null only for staff, who see every merchant
 * @param storeIds   the stores a confined user may see; empty when not confined
 */
public record JournalFilter(LocalDateTime from, LocalDateTime to, Long merchantId, Set<Long> storeIds,
                            Long storeId, Long terminalId, TransactionType type, TransactionStatus status,
                            Long minAmountMinor, Long maxAmountMinor, String cardLast4, String rrn, String stan,
                            String authCode, String orderNumber, Origin origin, Boolean anomaly) {

    public JournalFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the window must end after it starts");
        }
        storeIds = storeIds == null ? Set.of() : Set.copyOf(storeIds);
    }

    /** Only the window and the scope: the starting point of the builder-style withers below. */
    public static JournalFilter window(LocalDateTime from, LocalDateTime to, Long merchantId, Set<Long> storeIds) {
        return new JournalFilter(from, to, merchantId, storeIds, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public JournalFilter withStore(Long id) {
        return new JournalFilter(from, to, merchantId, storeIds, id, terminalId, type, status, minAmountMinor,
                maxAmountMinor, cardLast4, rrn, stan, authCode, orderNumber, origin, anomaly);
    }

    public JournalFilter withTerminal(Long id) {
        return new JournalFilter(from, to, merchantId, storeIds, storeId, id, type, status, minAmountMinor,
                maxAmountMinor, cardLast4, rrn, stan, authCode, orderNumber, origin, anomaly);
    }

    public JournalFilter withKind(TransactionType newType, TransactionStatus newStatus, Origin newOrigin) {
        return new JournalFilter(from, to, merchantId, storeIds, storeId, terminalId, newType, newStatus,
                minAmountMinor, maxAmountMinor, cardLast4, rrn, stan, authCode, orderNumber, newOrigin, anomaly);
    }

    public JournalFilter withAmount(Long min, Long max) {
        return new JournalFilter(from, to, merchantId, storeIds, storeId, terminalId, type, status, min, max,
                cardLast4, rrn, stan, authCode, orderNumber, origin, anomaly);
    }

    public JournalFilter withReferences(String last4, String newRrn, String newStan, String newAuthCode,
                                        String newOrderNumber) {
        return new JournalFilter(from, to, merchantId, storeIds, storeId, terminalId, type, status, minAmountMinor,
                maxAmountMinor, last4, newRrn, newStan, newAuthCode, newOrderNumber, origin, anomaly);
    }

    public JournalFilter withAnomaly(Boolean flag) {
        return new JournalFilter(from, to, merchantId, storeIds, storeId, terminalId, type, status, minAmountMinor,
                maxAmountMinor, cardLast4, rrn, stan, authCode, orderNumber, origin, flag);
    }
}
