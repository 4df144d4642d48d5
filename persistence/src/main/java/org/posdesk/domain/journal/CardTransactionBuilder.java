package org.posdesk.domain.journal;

import java.time.Instant;
import java.time.LocalDateTime;
import org.posdesk.domain.shared.AuthCode;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;

/**
 * Collects the twenty-odd fields of a journal entry; {@link #build()} hands them to
 * {@link CardTransaction}, which checks them. It has no field a full card number could go in.
 */
public final class CardTransactionBuilder {

    Long merchantId;
    Long storeId;
    Long terminalId;
    Tid tid;
    BatchNumber batchNumber;
    Stan stan;
    Rrn rrn;
    AuthCode authCode;
    TransactionType type;
    String processingCode;
    Money amount;
    MaskedPan card;
    String cardBrand;
    String entryMode;
    LocalDateTime terminalTime;
    Instant receivedAt;
    String responseCode;
    Origin origin;
    OrderNumber orderNumber;
    Long originalId;

    CardTransactionBuilder() {
    }

    public CardTransactionBuilder terminal(long merchantId, long storeId, long terminalId, Tid tid) {
        this.merchantId = merchantId;
        this.storeId = storeId;
        this.terminalId = terminalId;
        this.tid = tid;
        return this;
    }

    public CardTransactionBuilder key(BatchNumber batchNumber, Stan stan) {
        this.batchNumber = batchNumber;
        this.stan = stan;
        return this;
    }

    public CardTransactionBuilder acquirerReferences(Rrn rrn, AuthCode authCode) {
        this.rrn = rrn;
        this.authCode = authCode;
        return this;
    }

    public CardTransactionBuilder type(TransactionType type, String processingCode) {
        this.type = type;
        this.processingCode = processingCode;
        return this;
    }

    public CardTransactionBuilder amount(Money amount) {
        this.amount = amount;
        return this;
    }

    public CardTransactionBuilder card(MaskedPan card, String brand, String entryMode) {
        this.card = card;
        this.cardBrand = brand;
        this.entryMode = entryMode;
        return this;
    }

    public CardTransactionBuilder times(LocalDateTime terminalTime, Instant receivedAt) {
        this.terminalTime = terminalTime;
        this.receivedAt = receivedAt;
        return this;
    }

    public CardTransactionBuilder responseCode(String responseCode) {
        this.responseCode = responseCode;
        return this;
    }

    public CardTransactionBuilder origin(Origin origin) {
        this.origin = origin;
        return this;
    }

    public CardTransactionBuilder orderNumber(OrderNumber orderNumber) {
        this.orderNumber = orderNumber;
        return this;
    }

    public CardTransactionBuilder original(Long originalId) {
        this.originalId = originalId;
        return this;
    }

    public CardTransaction build() {
        return new CardTransaction(this);
    }
}
