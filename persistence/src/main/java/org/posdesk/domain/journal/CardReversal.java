package org.posdesk.domain.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * A terminal's reversal (0400) of a journal entry, equal by the (TID, batch, STAN) of the entry it
 * reverses. Kept apart from {@link CardTransaction} because a reversal carries its original's STAN
 * and so could never share the journal's unique key with it. When the original is not yet known
 * the reversal waits here, unlinked, and is applied when the original's advice arrives.
 */
@Entity
@Table(name = "card_reversal")
@NamedQuery(name = "CardReversal.findByNaturalKey",
        query = "select r from CardReversal r where r.tid = :tid and r.batchNumber = :batchNumber and r.stan = :stan")
public class CardReversal extends VersionedEntity {

    private static final Pattern REASON = Pattern.compile("[0-9A-Za-z]{2}");
    private static final Pattern PROCESSING_CODE = Pattern.compile("[0-9]{6}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "card_reversal_seq")
    @SequenceGenerator(name = "card_reversal_seq", sequenceName = "card_reversal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

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

    /** Field 39 of the 0400: 98 no response, A0 MAC error, 06 other. */
    @Column(name = "reason", nullable = false, updatable = false, length = 2, columnDefinition = "CHAR(2)")
    private String reason;

    @Column(name = "processing_code", nullable = false, updatable = false, length = 6)
    private String processingCode;

    @Embedded
    private Money amount;

    @Embedded
    private MaskedPan card;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "original_id")
    private Long originalId;

    protected CardReversal() {
    }

    /** @param originalId null when the reversed entry is not (yet) in the journal */
    public CardReversal(long merchantId, long terminalId, Tid tid, BatchNumber batchNumber, Stan stan, String reason,
                        String processingCode, Money amount, MaskedPan card, Instant receivedAt, Long originalId) {
        this.merchantId = merchantId;
        this.terminalId = terminalId;
        this.tid = Objects.requireNonNull(tid, "tid");
        this.batchNumber = Objects.requireNonNull(batchNumber, "batch number");
        this.stan = Objects.requireNonNull(stan, "stan");
        this.reason = Checks.matching(reason, REASON, "reversal reason");
        this.processingCode = Checks.matching(processingCode, PROCESSING_CODE, "processing code");
        this.amount = Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a reversal amount is never negative");
        }
        this.card = card;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.originalId = originalId;
    }

    /** The reversed entry arrived after its reversal. */
    public void linkOriginal(long id) {
        if (originalId != null && originalId != id) {
            throw new IllegalStateException("reversal " + tid + "/" + batchNumber + "/" + stan
                    + " is already linked to another entry");
        }
        originalId = id;
    }

    public boolean isOrphan() {
        return originalId == null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
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

    public String getReason() {
        return reason;
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

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Optional<Long> getOriginalId() {
        return Optional.ofNullable(originalId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardReversal other && tid.equals(other.tid)
                && batchNumber.equals(other.batchNumber) && stan.equals(other.stan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tid, batchNumber, stan);
    }

    @Override
    public String toString() {
        return "CardReversal " + tid + "/" + batchNumber + "/" + stan + " reason " + reason;
    }
}
