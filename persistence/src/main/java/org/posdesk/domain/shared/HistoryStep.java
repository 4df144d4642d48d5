package org.posdesk.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * What every step of a person-facing history records besides its states: when, who (a user name,
 * or {@code job:<name>}) and why. Append-only: nothing here is ever updated. The states and the
 * owner stay in each subclass, where their types and columns are known.
 */
@MappedSuperclass
public abstract class HistoryStep extends AbstractEntity {

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "reason", nullable = false, updatable = false, length = 255)
    private String reason;

    protected HistoryStep() {
    }

    protected HistoryStep(Instant occurredAt, String actor, String reason) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurred at");
        this.actor = actor;
        this.reason = reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }
}
