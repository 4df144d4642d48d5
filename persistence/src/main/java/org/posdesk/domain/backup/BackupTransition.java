package org.posdesk.domain.backup;

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

/** One step of a backup's history. Append-only; created only by {@link Backup}. */
@Entity
@Table(name = "backup_transition")
public class BackupTransition extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backup_transition_seq")
    @SequenceGenerator(name = "backup_transition_seq", sequenceName = "backup_transition_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "backup_id", nullable = false, updatable = false)
    private Backup backup;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 16)
    private BackupState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 16)
    private BackupState toState;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "cause", nullable = false, updatable = false, length = 1000)
    private String cause;

    protected BackupTransition() {
    }

    BackupTransition(Backup backup, BackupState fromState, BackupState toState, Instant occurredAt, String cause) {
        this.backup = backup;
        this.fromState = fromState;
        this.toState = toState;
        this.occurredAt = occurredAt;
        this.cause = cause;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Optional<BackupState> getFromState() {
        return Optional.ofNullable(fromState);
    }

    public BackupState getToState() {
        return toState;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getCause() {
        return cause;
    }
}
