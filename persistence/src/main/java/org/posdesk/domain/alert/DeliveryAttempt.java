package org.posdesk.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.AbstractEntity;
import org.posdesk.domain.shared.Checks;

/** One try at a delivery, as the alert's delivery history shows it. Append-only. */
@Entity
@Table(name = "alert_delivery_attempt")
@NamedQuery(name = "DeliveryAttempt.ofDeliveries",
        query = "select a from DeliveryAttempt a where a.deliveryId in :ids order by a.attemptedAt, a.id")
public class DeliveryAttempt extends AbstractEntity {

    private static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_delivery_attempt_seq")
    @SequenceGenerator(name = "alert_delivery_attempt_seq", sequenceName = "alert_delivery_attempt_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private Long deliveryId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "node", nullable = false, updatable = false, length = 128)
    private String node;

    @Column(name = "http_status", updatable = false)
    private Integer httpStatus;

    @Column(name = "error", updatable = false, length = ERROR_LENGTH)
    private String error;

    @Column(name = "took_millis", nullable = false, updatable = false)
    private long tookMillis;

    @Column(name = "next_retry_at", updatable = false)
    private Instant nextRetryAt;

    protected DeliveryAttempt() {
    }

    public DeliveryAttempt(long deliveryId, Instant attemptedAt, String node, Integer httpStatus, String error,
                           Duration took, Instant nextRetryAt) {
        this.deliveryId = deliveryId;
        this.attemptedAt = Objects.requireNonNull(attemptedAt, "attempted at");
        this.node = Checks.notBlank(node, 128, "node");
        this.httpStatus = httpStatus;
        this.error = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        this.tookMillis = took.toMillis();
        this.nextRetryAt = nextRetryAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public String getNode() {
        return node;
    }

    public Optional<Integer> getHttpStatus() {
        return Optional.ofNullable(httpStatus);
    }

    public Optional<String> getError() {
        return Optional.ofNullable(error);
    }

    public long getTookMillis() {
        return tookMillis;
    }

    public Optional<Instant> getNextRetryAt() {
        return Optional.ofNullable(nextRetryAt);
    }
}
