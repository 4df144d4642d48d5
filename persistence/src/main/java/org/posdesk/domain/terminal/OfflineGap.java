package org.posdesk.domain.terminal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
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
