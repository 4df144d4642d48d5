package org.posdesk.domain.reconciliation;

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
import org.posdesk.domain.shared.HistoryStep;

/** One step of a discrepancy's history. Append-only; created only by {@link Discrepancy}. */
@Entity
@Table(name = "discrepancy_transition")
public class DiscrepancyTransition extends HistoryStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discrepancy_transition_seq")
    @SequenceGenerator(name = "discrepancy_transition_seq", sequenceName = "discrepancy_transition_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "discrepancy_id", nullable = false, updatable = false)
    private Discrepancy discrepancy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 16)
    private DiscrepancyState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 16)
    private DiscrepancyState toState;

    protected DiscrepancyTransition() {
    }

    DiscrepancyTransition(Discrepancy discrepancy, DiscrepancyState fromState, DiscrepancyState toState,
                          Instant occurredAt, String actor, String reason) {
        super(occurredAt, actor, reason);
        this.discrepancy = discrepancy;
        this.fromState = fromState;
        this.toState = toState;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Optional<DiscrepancyState> getFromState() {
        return Optional.ofNullable(fromState);
    }

    public DiscrepancyState getToState() {
        return toState;
    }
}
