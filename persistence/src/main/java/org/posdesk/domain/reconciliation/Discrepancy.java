package org.posdesk.domain.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.VersionedEntity;
import org.posdesk.domain.statement.MatchOutcome;

/**
 * A gap between the acquirer's statement and the journal that a person must look at: a line that
 * did not match cleanly, or a journal entry no line claims. Who resolved it, when and why stays on
 * the row (and in the audit trail).
 */
@Entity
@Table(name = "reconciliation_discrepancy")
public class Discrepancy extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_discrepancy_seq")
    @SequenceGenerator(name = "reconciliation_discrepancy_seq", sequenceName = "reconciliation_discrepancy_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private Long statementId;

    @Column(name = "statement_line_id", updatable = false)
    private Long statementLineId;

    @Column(name = "transaction_id", updatable = false)
    private Long transactionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 24)
    private MatchOutcome outcome;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @Column(name = "terminal_id", updatable = false)
    private Long terminalId;

    @Column(name = "batch_id", updatable = false)
    private Long batchId;

    @Column(name = "tid", length = 8, updatable = false)
    private String tid;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "currency", nullable = false, updatable = false, length = 3, columnDefinition = "CHAR(3)")
    private String currency;

    // Terminal / acquirer local time (Beijing), like the journal's terminal_time.
    @Column(name = "occurred_at", updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "detail", length = 255)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DiscrepancyState state;

    @Column(name = "resolution", length = 255)
    private String resolution;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @jakarta.persistence.OneToMany(mappedBy = "discrepancy", cascade = jakarta.persistence.CascadeType.ALL)
    @jakarta.persistence.OrderBy("occurredAt, id")
    private java.util.List<DiscrepancyTransition> transitions = new java.util.ArrayList<>();

    protected Discrepancy() {
    }

    /** Where the gap is: the statement, and the line and/or journal entry and whose they are. */
    public record Subject(long statementId, Long lineId, Long transactionId, Long merchantId, Long terminalId,
                          Long batchId, String tid, long amountMinor, String currency, LocalDateTime occurredAt) {
    }

    public static Discrepancy open(MatchOutcome outcome, Subject subject, String detail, Instant at) {
        if (outcome == MatchOutcome.MATCHED) {
            throw new IllegalArgumentException("a matched line is no discrepancy");
        }
        if (subject.lineId() == null && subject.transactionId() == null) {
            throw new IllegalArgumentException("a discrepancy names a statement line or a journal entry");
        }
        Discrepancy d = new Discrepancy();
        d.outcome = outcome;
        d.statementId = subject.statementId();
        d.statementLineId = subject.lineId();
        d.transactionId = subject.transactionId();
        d.merchantId = subject.merchantId();
        d.terminalId = subject.terminalId();
        d.batchId = subject.batchId();
        d.tid = Checks.optional(subject.tid(), 8, "tid");
        d.amountMinor = subject.amountMinor();
        d.currency = Objects.requireNonNull(subject.currency(), "currency");
        d.occurredAt = subject.occurredAt();
        d.detail = detail == null ? null : Checks.notBlank(truncate(detail), 255, "detail");
        d.state = DiscrepancyState.OPEN;
        d.createdAt = Objects.requireNonNull(at, "at");
        d.transitions.add(new DiscrepancyTransition(d, null, DiscrepancyState.OPEN, at, "reconciliation",
                "found: " + outcome));
        return d;
    }

    /** A person decided the gap needs nothing more (written off, settled by phone, a known fee...). */
    public void resolve(String reason, String actor, Instant at) {
        requireOpen(DiscrepancyState.RESOLVED);
        resolution = Checks.notBlank(reason, 255, "reason");
        resolvedBy = Checks.notBlank(actor, 64, "actor");
        resolvedAt = Objects.requireNonNull(at, "at");
        transitions.add(new DiscrepancyTransition(this, state, DiscrepancyState.RESOLVED, at, resolvedBy, resolution));
        state = DiscrepancyState.RESOLVED;
    }

    /** A case now carries the investigation; the batch waits for the case. */
    public void handOverToCase(long caseIdentifier, String actor, Instant at) {
        requireOpen(DiscrepancyState.CASE_OPENED);
        caseId = caseIdentifier;
        resolvedBy = Checks.notBlank(actor, 64, "actor");
        resolvedAt = Objects.requireNonNull(at, "at");
        transitions.add(new DiscrepancyTransition(this, state, DiscrepancyState.CASE_OPENED, at, resolvedBy,
                "case " + caseIdentifier));
        state = DiscrepancyState.CASE_OPENED;
    }

    private void requireOpen(DiscrepancyState target) {
        if (state != DiscrepancyState.OPEN) {
            throw new IllegalTransitionException("discrepancy " + id, state, target);
        }
    }

    private static String truncate(String text) {
        return text.length() <= 255 ? text : text.substring(0, 254) + "…";
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getStatementId() {
        return statementId;
    }

    public Optional<Long> getStatementLineId() {
        return Optional.ofNullable(statementLineId);
    }

    public Optional<Long> getTransactionId() {
        return Optional.ofNullable(transactionId);
    }

    public MatchOutcome getOutcome() {
        return outcome;
    }

    public Optional<Long> getMerchantId() {
        return Optional.ofNullable(merchantId);
    }

    public Optional<Long> getTerminalId() {
        return Optional.ofNullable(terminalId);
    }

    public Optional<Long> getBatchId() {
        return Optional.ofNullable(batchId);
    }

    public Optional<String> getTid() {
        return Optional.ofNullable(tid);
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public Optional<LocalDateTime> getOccurredAt() {
        return Optional.ofNullable(occurredAt);
    }

    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }

    public DiscrepancyState getState() {
        return state;
    }

    public Optional<String> getResolution() {
        return Optional.ofNullable(resolution);
    }

    public Optional<String> getResolvedBy() {
        return Optional.ofNullable(resolvedBy);
    }

    public Optional<Instant> getResolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Long> getCaseId() {
        return Optional.ofNullable(caseId);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public java.util.List<DiscrepancyTransition> getTransitions() {
        return java.util.Collections.unmodifiableList(transitions);
    }
}
