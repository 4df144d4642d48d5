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

    /** The same cause happened again: one more occurrence, the latest message, open again. */
    public void recur(String latestMessage, Instant at) {
        occurrences++;
        message = truncate(latestMessage);
        if (at.isAfter(lastRaisedAt)) {
            lastRaisedAt = at;
        }
        state = AlertState.OPEN;
    }

    public void acknowledge() {
        state = AlertState.ACKNOWLEDGED;
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
