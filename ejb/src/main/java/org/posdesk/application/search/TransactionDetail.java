package org.posdesk.application.search;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One transaction with what surrounds it: every message that touched it (its own advice or upload,
 * a reversal, the voids and refunds naming it, the upload that confirmed it, the acquirer's
 * statement line), the entry it cancels or refunds, its batch, terminal and order, and what the
 * slip prints. Parts that do not exist are null or empty.
 */
public record TransactionDetail(TransactionRow transaction, String merchantName, String mid, String cardBrand,
                                String entryMode, String responseCode, Instant receivedAt,
                                boolean confirmedByUpload, TransactionRow original, List<TransactionRow> related,
                                List<TrailEvent> trail, BatchSummary batch, TerminalSummary terminal,
                                OrderSummary order, boolean orderMissing) implements Serializable {

    public TransactionDetail {
        related = List.copyOf(related);
        trail = List.copyOf(trail);
    }

    /**
     * A message or record that touched the transaction.
     *
     * @param kind          ADVICE, OFFLINE_ADVICE, BATCH_UPLOAD, UPLOAD_CONFIRMATION, REVERSAL, VOID,
     *                      REFUND, PRE_AUTH_COMPLETION or STATEMENT_LINE
     * @param at            server time it arrived, when known
     * @param day           the clearing day, for a statement line
     * @param transactionId the journal entry it is, for voids and refunds (a link)
     * @param reference     a short reference: STAN of a void, reversal reason, statement file and line
     * @param outcome       response code, or the statement line's match outcome
     */
    public record TrailEvent(String kind, Instant at, LocalDate day, Long transactionId, String reference,
                             BigDecimal amount, String currency, String outcome) implements Serializable {
    }

    public record BatchSummary(int number, String state, Instant openedAt, Instant settledAt)
            implements Serializable {
    }

    public record TerminalSummary(String tid, String model, String serialNumber, String storeName)
            implements Serializable {
    }

    public record OrderSummary(String orderNumber, String status, BigDecimal amount, String currency, String source,
                               Instant createdAt) implements Serializable {
    }
}
