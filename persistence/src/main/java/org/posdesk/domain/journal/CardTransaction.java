package org.posdesk.domain.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.AuthCode;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * One terminal journal entry, equal by (TID, batch number, STAN) — the key on which every
 * redelivered advice or upload is recognised as a repeat.
 * <p>
 * Times: {@code terminalTime} is the terminal's local wall-clock time (fields 12/13, as on the
 * slip) and so a {@link LocalDateTime}; {@code receivedAt} is server time and an {@link Instant}.
 */
@Entity
@Table(name = "card_transaction")
@NamedQuery(name = "CardTransaction.findByNaturalKey",
        query = "select t from CardTransaction t where t.tid = :tid and t.batchNumber = :batchNumber"
                + " and t.stan = :stan")
@NamedQuery(name = "CardTransaction.listByBatch",
        query = "select t from CardTransaction t where t.terminalId = :terminalId"
                + " and t.batchNumber = :batchNumber order by t.stan")
@NamedQuery(name = "CardTransaction.countSince",
        query = "select count(t) from CardTransaction t where t.terminalTime >= :from")
@NamedQuery(name = "CardTransaction.countSinceForMerchant",
        query = "select count(t) from CardTransaction t where t.merchantId = :merchantId and t.terminalTime >= :from")
public class CardTransaction extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "card_transaction_seq")
    @SequenceGenerator(name = "card_transaction_seq", sequenceName = "card_transaction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "store_id", nullable = false, updatable = false)
    private Long storeId;

    @Column(name = "terminal_id", nullable = false, updatable = false)
    private Long terminalId;

    @Convert(converter = Tid.JpaConverter.class)
    @Column(name = "tid", nullable = false, updatable = false, length = 8)
    private Tid tid;

    @Convert(converter = BatchNumber.JpaConverter.class)
    @Column(name = "batch_number", nullable = false, updatable = false)
    private BatchNumber batchNumber;

    @Convert(converter = Stan.JpaConverter.class)
    @Column(name = "stan", nullable = false, updatable = false, length = 6)
    private Stan stan;

    @Convert(converter = Rrn.JpaConverter.class)
    @Column(name = "rrn", length = 12)
    private Rrn rrn;

    @Convert(converter = AuthCode.JpaConverter.class)
    @Column(name = "auth_code", length = 6)
    private AuthCode authCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false, length = 24)
    private TransactionType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TransactionStatus status;

    @Column(name = "processing_code", nullable = false, updatable = false, length = 6)
    private String processingCode;

    @Embedded
    private Money amount;

    @Embedded
    private MaskedPan card;

    @Column(name = "card_brand", length = 8)
    private String cardBrand;

    @Column(name = "entry_mode", nullable = false, length = 4)
    private String entryMode;

    @Column(name = "terminal_time", nullable = false)
    private LocalDateTime terminalTime;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "response_code", nullable = false, length = 2)
    private String responseCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, updatable = false, length = 16)
    private Origin origin;

    @Column(name = "confirmed_by_upload", nullable = false)
    private boolean confirmedByUpload;

    @Convert(converter = OrderNumber.JpaConverter.class)
    @Column(name = "order_number", length = 32)
    private OrderNumber orderNumber;

    @Column(name = "original_id")
    private Long originalId;

    @Column(name = "anomaly", nullable = false)
    private boolean anomaly;

    protected CardTransaction() {
    }

    CardTransaction(CardTransactionBuilder b) {
        this.merchantId = Objects.requireNonNull(b.merchantId, "merchantId");
        this.storeId = Objects.requireNonNull(b.storeId, "storeId");
        this.terminalId = Objects.requireNonNull(b.terminalId, "terminalId");
        this.tid = Objects.requireNonNull(b.tid, "tid");
        this.batchNumber = Objects.requireNonNull(b.batchNumber, "batchNumber");
        this.stan = Objects.requireNonNull(b.stan, "stan");
        this.rrn = b.rrn;
        this.authCode = b.authCode;
        this.type = Objects.requireNonNull(b.type, "type");
        this.processingCode = requireDigits(b.processingCode, 6, "processing code");
        this.amount = Objects.requireNonNull(b.amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a journal amount is never negative; the type carries the sign");
        }
        this.card = b.card;
        this.cardBrand = b.cardBrand;
        this.entryMode = Objects.requireNonNull(b.entryMode, "entryMode");
        this.terminalTime = Objects.requireNonNull(b.terminalTime, "terminalTime");
        this.receivedAt = Objects.requireNonNull(b.receivedAt, "receivedAt");
        this.responseCode = Objects.requireNonNull(b.responseCode, "responseCode");
        this.status = "00".equals(responseCode) ? TransactionStatus.APPROVED : TransactionStatus.DECLINED;
        this.origin = Objects.requireNonNull(b.origin, "origin");
        this.confirmedByUpload = origin == Origin.BATCH_UPLOAD;
        this.orderNumber = b.orderNumber;
        this.originalId = b.originalId;
        if (type.cancelsOriginal() && originalId == null) {
            // Stored all the same (the terminal must get an answer) but flagged for a person.
            this.anomaly = true;
        }
    }

    public static CardTransactionBuilder builder() {
        return new CardTransactionBuilder();
    }

    private static String requireDigits(String value, int length, String what) {
        if (value == null || value.length() != length || !value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(what + " must be " + length + " digits");
        }
        return value;
    }

    /** A void of this entry arrived. */
    public void markVoided() {
        cancel(TransactionStatus.VOIDED);
    }

    /** A reversal of this entry arrived. */
    public void markReversed() {
        cancel(TransactionStatus.REVERSED);
    }

    private void cancel(TransactionStatus target) {
        if (status == target) {
            return;
        }
        if (status != TransactionStatus.APPROVED) {
            throw new IllegalTransitionException("transaction " + stan, status, target);
        }
        status = target;
    }

    /** The same entry arrived again in a batch upload; the upload confirms rather than duplicates it. */
    public void confirmByUpload() {
        confirmedByUpload = true;
    }

    public void flagAnomaly() {
        anomaly = true;
    }

    public void linkOrder(OrderNumber order) {
        orderNumber = Objects.requireNonNull(order, "order number");
    }

    public boolean isApproved() {
        return status == TransactionStatus.APPROVED;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public long getStoreId() {
        return storeId;
    }

    public long getTerminalId() {
        return terminalId;
    }

    public Tid getTid() {
        return tid;
    }

    public BatchNumber getBatchNumber() {
        return batchNumber;
    }

    public Stan getStan() {
        return stan;
    }

    public Optional<Rrn> getRrn() {
        return Optional.ofNullable(rrn);
    }

    public Optional<AuthCode> getAuthCode() {
        return Optional.ofNullable(authCode);
    }

    public TransactionType getType() {
        return type;
    }

    public TransactionStatus getStatus() {
        return status;
    }

    public String getProcessingCode() {
        return processingCode;
    }

    public Money getAmount() {
        return amount;
    }

    public Optional<MaskedPan> getCard() {
        return Optional.ofNullable(card);
    }

    public Optional<String> getCardBrand() {
        return Optional.ofNullable(cardBrand);
    }

    public String getEntryMode() {
        return entryMode;
    }

    public LocalDateTime getTerminalTime() {
        return terminalTime;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getResponseCode() {
        return responseCode;
    }

    public Origin getOrigin() {
        return origin;
    }

    public boolean isConfirmedByUpload() {
        return confirmedByUpload;
    }

    public Optional<OrderNumber> getOrderNumber() {
        return Optional.ofNullable(orderNumber);
    }

    public Optional<Long> getOriginalId() {
        return Optional.ofNullable(originalId);
    }

    public boolean isAnomaly() {
        return anomaly;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardTransaction other && tid.equals(other.tid)
                && batchNumber.equals(other.batchNumber) && stan.equals(other.stan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tid, batchNumber, stan);
    }

    @Override
    public String toString() {
        return "CardTransaction " + tid + "/" + batchNumber + "/" + stan + " " + type + " " + amount;
    }
}
