package org.posdesk.domain.terminal;

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
import org.posdesk.domain.shared.VersionedEntity;

/**
 * A span in which a terminal was silent for longer than its heartbeat allowance. A gap with no
 * offline transactions is not proof that none happened: some may only surface at settlement.
 */
@Entity
@Table(name = "offline_gap")
@NamedQuery(name = "OfflineGap.findOpen",
        query = "select g from OfflineGap g where g.terminalId = :terminalId and g.endedAt is null"
                + " order by g.startedAt desc")
@NamedQuery(name = "OfflineGap.findCovering",
        query = "select g from OfflineGap g where g.terminalId = :terminalId and g.startedAt <= :at"
                + " and (g.endedAt is null or g.endedAt >= :at)")
public class OfflineGap extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offline_gap_seq")
    @SequenceGenerator(name = "offline_gap_seq", sequenceName = "offline_gap_seq", allocationSize = 50)
    private Long id;

    @Column(name = "terminal_id", nullable = false, updatable = false)
    private Long terminalId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "offline_transactions", nullable = false)
    private int offlineTransactions;

    @Column(name = "alerted_at")
    private Instant alertedAt;

    protected OfflineGap() {
    }

    private OfflineGap(long terminalId, Instant startedAt, Instant endedAt) {
        this.terminalId = terminalId;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.endedAt = endedAt;
    }

    /** A gap noticed while the terminal is still silent (by a watchdog job). */
    public static OfflineGap open(long terminalId, Instant startedAt) {
        return new OfflineGap(terminalId, startedAt, null);
    }

    /** A gap noticed only when the terminal came back. */
    public static OfflineGap closed(long terminalId, Instant startedAt, Instant endedAt) {
        OfflineGap gap = new OfflineGap(terminalId, startedAt, null);
        gap.close(endedAt);
        return gap;
    }

    public void close(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(startedAt)) {
            throw new IllegalArgumentException("a gap cannot end before it starts");
        }
        if (endedAt == null) {
            endedAt = at;
        }
    }

    public void countOfflineTransaction() {
        offlineTransactions++;
    }

    /**
     * Sets the count from the journal: the entries whose terminal time falls inside the gap and
     * that arrived late (store-and-forward, or in an upload after the gap ended). Changes nothing
     * (no UPDATE) when the count is already right.
     */
    public void recountOfflineTransactions(int counted) {
        if (counted < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        if (counted != offlineTransactions) {
            offlineTransactions = counted;
        }
    }

    /**
     * The same silence recorded twice — once while it lasted (by the watchdog job), once when the
     * terminal came back (by the terminal path) — is one gap: this one takes the other's end and
     * its offline transactions, and the other is to be removed.
     */
    public void absorb(OfflineGap twin) {
        if (twin == this || !terminalId.equals(twin.terminalId) || !startedAt.equals(twin.startedAt)) {
            throw new IllegalArgumentException("only a gap of the same terminal and start is the same gap");
        }
        if (twin.endedAt != null) {
            close(twin.endedAt);
        }
        offlineTransactions += twin.offlineTransactions;
        if (alertedAt == null) {
            alertedAt = twin.alertedAt;
        }
    }

    /** An alert was raised for this gap; it is raised once per gap, however long the gap lasts. */
    public void markAlerted(Instant at) {
        if (alertedAt == null) {
            alertedAt = Objects.requireNonNull(at, "at");
        }
    }

    public boolean isAlerted() {
        return alertedAt != null;
    }

    public Optional<Instant> getAlertedAt() {
        return Optional.ofNullable(alertedAt);
    }

    /** How long the terminal was (or, while the gap is open, has been) silent. */
    public Duration length(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public boolean covers(Instant at) {
        return !at.isBefore(startedAt) && (endedAt == null || !at.isAfter(endedAt));
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getTerminalId() {
        return terminalId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public int getOfflineTransactions() {
        return offlineTransactions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfflineGap other && terminalId.equals(other.terminalId)
                && startedAt.equals(other.startedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terminalId, startedAt);
    }
}
