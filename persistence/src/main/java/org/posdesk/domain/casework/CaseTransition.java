package org.posdesk.domain.casework;

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

/** One step of a case's history: who moved it, when and why. Append-only. */
@Entity
@Table(name = "case_transition")
public class CaseTransition extends HistoryStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_transition_seq")
    @SequenceGenerator(name = "case_transition_seq", sequenceName = "case_transition_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private MissingOrderCase missingOrderCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 16)
    private CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 16)
    private CaseState toState;

    protected CaseTransition() {
    }

    CaseTransition(MissingOrderCase missingOrderCase, CaseState fromState, CaseState toState,
                   Instant occurredAt, String actor, String reason) {
        super(occurredAt, actor, reason);
        this.missingOrderCase = missingOrderCase;
        this.fromState = fromState;
        this.toState = toState;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Optional<CaseState> getFromState() {
        return Optional.ofNullable(fromState);
    }

    public CaseState getToState() {
        return toState;
    }
}
