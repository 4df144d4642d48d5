package org.posdesk.domain.batch;

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
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * A request that a terminal upload a batch again (host 0800 with 60.3 {@code 361}). It is sent
 * when the terminal next makes contact, and retried until the terminal complies or someone gives up.
 */
@Entity
@Table(name = "resubmission")
@NamedQuery(name = "Resubmission.findDue",
        query = "select r from Resubmission r where r.state = org.posdesk.domain.batch.ResubmissionState.PENDING"
                + " and (r.nextAttemptAt is null or r.nextAttemptAt <= :now) order by r.requestedAt")
@NamedQuery(name = "Resubmission.findActiveForBatch",
        query = "select r from Resubmission r where r.batchId = :batchId and r.state in"
                + " (org.posdesk.domain.batch.ResubmissionState.PENDING, org.posdesk.domain.batch.ResubmissionState.SENT)")
public class Resubmission extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resubmission_seq")
    @SequenceGenerator(name = "resubmission_seq", sequenceName = "resubmission_seq", allocationSize = 50)
    private Long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private ResubmissionState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected Resubmission() {
    }

    Resubmission(long batchId, String requestedBy, Instant requestedAt) {
        this.batchId = batchId;
        this.requestedBy = Checks.notBlank(requestedBy, 64, "requested by");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.state = ResubmissionState.PENDING;
    }

    public boolean isDue(Instant now) {
        return state == ResubmissionState.PENDING && (nextAttemptAt == null || !now.isBefore(nextAttemptAt));
    }

    /** The 361 command went out to the terminal: one more attempt. */
    public void markSent() {
        move(ResubmissionState.SENT);
        attempts++;
    }

    /** The batch reached UPLOADED. */
    public void complete() {
        move(ResubmissionState.COMPLETED);
        nextAttemptAt = null;
    }

    public void retryLater(String error, Instant nextAttempt) {
        move(ResubmissionState.PENDING);
        lastError = truncate(error);
        nextAttemptAt = Objects.requireNonNull(nextAttempt, "nextAttempt");
    }

    public void fail(String error) {
        move(ResubmissionState.FAILED);
        lastError = truncate(error);
        nextAttemptAt = null;
    }

    private void move(ResubmissionState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalTransitionException("resubmission", state, next);
        }
        state = next;
    }

    private static String truncate(String error) {
        String text = Checks.notBlank(error, Integer.MAX_VALUE, "error");
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public ResubmissionState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Optional<Instant> getNextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resubmission other && batchId.equals(other.batchId)
                && requestedAt.equals(other.requestedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(batchId, requestedAt);
    }
}
