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
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * Something a person must act on, equal by kind and cause key. A cause that happens again is
 * counted on the same row ({@link #recur}) rather than raised anew, and reopens it.
 */
@Entity
@Table(name = "alert")
@NamedQuery(name = "Alert.findByCause",
        query = "select a from Alert a where a.kind = :kind and a.causeKey = :causeKey")
public class Alert extends VersionedEntity {

    private static final int MESSAGE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    private Long id;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @Column(name = "terminal_id", updatable = false)
    private Long terminalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 48)
    private AlertKind kind;

    @Column(name = "cause_key", nullable = false, updatable = false, length = 191)
    private String causeKey;

    @Column(name = "message", nullable = false, length = MESSAGE_LENGTH)
    private String message;

    @Column(name = "first_raised_at", nullable = false, updatable = false)
    private Instant firstRaisedAt;

    @Column(name = "last_raised_at", nullable = false)
    private Instant lastRaisedAt;

    @Column(name = "occurrences", nullable = false)
    private int occurrences;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private AlertState state;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    protected Alert() {
    }

    private Alert(AlertKind kind, String causeKey, String message, Long merchantId, Long terminalId, Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.causeKey = Checks.notBlank(causeKey, 191, "cause key");
        this.message = truncate(message);
        this.merchantId = merchantId;
        this.terminalId = terminalId;
        this.firstRaisedAt = Objects.requireNonNull(at, "at");
        this.lastRaisedAt = at;
        this.occurrences = 1;
        this.state = AlertState.OPEN;
    }

    public static Alert raise(AlertKind kind, String causeKey, String message, Long merchantId, Long terminalId,
                              Instant at) {
        return new Alert(kind, causeKey, message, merchantId, terminalId, at);
    }

    /**
     * The same cause happened again: one more occurrence, the latest message, open again. Returns
     * whether this reopened an acknowledged alert (people are then told again; a recurrence of an
     * open alert is only counted).
     */
    public boolean recur(String latestMessage, Instant at) {
        boolean reopened = state == AlertState.ACKNOWLEDGED;
        occurrences++;
        message = truncate(latestMessage);
        if (at.isAfter(lastRaisedAt)) {
            lastRaisedAt = at;
        }
        state = AlertState.OPEN;
        acknowledgedAt = null;
        acknowledgedBy = null;
        return reopened;
    }

    /** Returns false when it was acknowledged already (nothing changes then). */
    public boolean acknowledge(String by, Instant at) {
        if (state == AlertState.ACKNOWLEDGED) {
            return false;
        }
        state = AlertState.ACKNOWLEDGED;
        acknowledgedBy = Checks.notBlank(by, 64, "acknowledged by");
        acknowledgedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    private static String truncate(String text) {
        String checked = Checks.notBlank(text, Integer.MAX_VALUE, "alert message");
        return checked.length() <= MESSAGE_LENGTH ? checked : checked.substring(0, MESSAGE_LENGTH);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Optional<Long> getMerchantId() {
        return Optional.ofNullable(merchantId);
    }

    public Optional<Long> getTerminalId() {
        return Optional.ofNullable(terminalId);
    }

    public AlertKind getKind() {
        return kind;
    }

    public String getCauseKey() {
        return causeKey;
    }

    public String getMessage() {
        return message;
    }

    public Instant getFirstRaisedAt() {
        return firstRaisedAt;
    }

    public Instant getLastRaisedAt() {
        return lastRaisedAt;
    }

    public int getOccurrences() {
        return occurrences;
    }

    public AlertState getState() {
        return state;
    }

    public Optional<Instant> getAcknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<String> getAcknowledgedBy() {
        return Optional.ofNullable(acknowledgedBy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alert other && kind == other.kind && causeKey.equals(other.causeKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, causeKey);
    }

    @Override
    public String toString() {
        return "Alert " + kind + " " + causeKey + " x" + occurrences + " (" + state + ")";
    }
}
