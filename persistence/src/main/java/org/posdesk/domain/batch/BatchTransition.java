package org.posdesk.domain.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.posdesk.domain.shared.AbstractEntity;

/** One step of a batch's history, with its time and cause. Append-only; created only by {@link Batch}. */
@Entity
@Table(name = "batch_transition")
public class BatchTransition extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "batch_transition_seq")
    @SequenceGenerator(name = "batch_transition_seq", sequenceName = "batch_transition_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private Batch batch;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 24)
    private BatchState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 24)
    private BatchState toState;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "cause", nullable = false, updatable = false, length = 255)
    private String cause;

    @Column(name = "actor", updatable = false, length = 64)
    private String actor;

    protected BatchTransition() {
    }

    BatchTransition(Batch batch, BatchState fromState, BatchState toState, Instant occurredAt,
                    String cause, String actor) {
        this.batch = batch;
        this.fromState = fromState;
        this.toState = toState;
        this.occurredAt = occurredAt;
        this.cause = cause;
        this.actor = actor;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Empty for the row that records the batch being opened. */
    public Optional<BatchState> getFromState() {
        return Optional.ofNullable(fromState);
    }

    public BatchState getToState() {
        return toState;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getCause() {
        return cause;
    }

    /** Empty when the terminal or a job caused the step rather than a person. */
    public Optional<String> getActor() {
        return Optional.ofNullable(actor);
    }
}
