package org.posdesk.domain.anomaly;

import jakarta.persistence.Column;
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
import java.util.Objects;
import org.posdesk.domain.shared.AbstractEntity;
import org.posdesk.domain.shared.Checks;

/** One reason a journal entry was flagged, equal by (entry, rule). Append-only. */
@Entity
@Table(name = "transaction_anomaly")
@NamedQuery(name = "TransactionAnomaly.findByTransactions",
        query = "select a from TransactionAnomaly a where a.transactionId in :ids")
public class TransactionAnomaly extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transaction_anomaly_seq")
    @SequenceGenerator(name = "transaction_anomaly_seq", sequenceName = "transaction_anomaly_seq", allocationSize = 50)
    private Long id;

    @Column(name = "transaction_id", nullable = false, updatable = false)
    private Long transactionId;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code", nullable = false, updatable = false, length = 24)
    private AnomalyRule rule;

    @Column(name = "detail", nullable = false, updatable = false, length = 255)
    private String detail;

    @Column(name = "flagged_at", nullable = false, updatable = false)
    private Instant flaggedAt;

    protected TransactionAnomaly() {
    }

    public TransactionAnomaly(long transactionId, long merchantId, AnomalyRule rule, String detail, Instant at) {
        this.transactionId = transactionId;
        this.merchantId = merchantId;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.detail = Checks.notBlank(detail, 255, "detail");
        this.flaggedAt = Objects.requireNonNull(at, "at");
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getTransactionId() {
        return transactionId;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public AnomalyRule getRule() {
        return rule;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransactionAnomaly other && transactionId.equals(other.transactionId) && rule == other.rule;
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactionId, rule);
    }
}
