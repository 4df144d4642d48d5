package org.posdesk.domain.alert;

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
import java.util.Optional;
import java.util.UUID;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * One event (an alert raised or reopened) to push to one webhook: an outbox row, written in the
 * transaction that raised the alert, with a body fixed at that moment so every retry sends the
 * same signed event under the same event id. Equal by event id.
 */
@Entity
@Table(name = "alert_delivery")
@NamedQuery(name = "AlertDelivery.ofAlert",
        query = "select d from AlertDelivery d where d.alertId = :alertId order by d.id")
public class AlertDelivery extends VersionedEntity {

    public static final int PAYLOAD_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_delivery_seq")
    @SequenceGenerator(name = "alert_delivery_seq", sequenceName = "alert_delivery_seq", allocationSize = 50)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Column(name = "alert_id", nullable = false, updatable = false)
    private Long alertId;

    @Column(name = "webhook_id", nullable = false, updatable = false)
    private Long webhookId;

    @Column(name = "payload", nullable = false, updatable = false, length = PAYLOAD_LENGTH)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DeliveryState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected AlertDelivery() {
    }

    private AlertDelivery(String eventId, long alertId, long webhookId, String payload, Instant at) {
        this.eventId = Checks.notBlank(eventId, 36, "event id");
        this.alertId = alertId;
        this.webhookId = webhookId;
        this.payload = Checks.notBlank(payload, PAYLOAD_LENGTH, "payload");
        this.state = DeliveryState.PENDING;
        this.createdAt = Objects.requireNonNull(at, "at");
        this.nextAttemptAt = at;
    }

    public static AlertDelivery schedule(String eventId, long alertId, long webhookId, String payload, Instant at) {
        return new AlertDelivery(eventId, alertId, webhookId, payload, at);
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** Taken by a sender until {@code leaseUntil}: if that sender dies, the row is due again then. */
    public void claim(Instant leaseUntil) {
        requirePending();
        nextAttemptAt = leaseUntil;
    }

    public void delivered(Instant at) {
        requirePending();
        attempts++;
        state = DeliveryState.DELIVERED;
        finishedAt = at;
    }

    /** A failed attempt: again at {@code retryAt}, or never if that is empty. */
    public void failed(Instant at, Optional<Instant> retryAt) {
        requirePending();
        attempts++;
        if (retryAt.isPresent()) {
            nextAttemptAt = retryAt.get();
        } else {
            state = DeliveryState.GAVE_UP;
            finishedAt = at;
        }
    }

    private void requirePending() {
        if (state != DeliveryState.PENDING) {
            throw new IllegalStateException("delivery " + eventId + " is " + state + ", not sent again");
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public long getAlertId() {
        return alertId;
    }

    public long getWebhookId() {
        return webhookId;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlertDelivery other && eventId.equals(other.eventId);
    }

    @Override
    public int hashCode() {
        return eventId.hashCode();
    }

    @Override
    public String toString() {
        return "AlertDelivery " + eventId + " of alert " + alertId + " to webhook " + webhookId + " (" + state + ")";
    }
}
