package org.posdesk.domain.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.posdesk.domain.shared.AbstractEntity;

/** One matching run of one statement and its figures. Append-only. */
@Entity
@Table(name = "reconciliation_run")
public class ReconciliationRun extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_run_seq")
    @SequenceGenerator(name = "reconciliation_run_seq", sequenceName = "reconciliation_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private Long statementId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    @Column(name = "line_count", nullable = false, updatable = false)
    private int lineCount;

    @Column(name = "matched_count", nullable = false, updatable = false)
    private int matchedCount;
    @Column(name = "matched_amount", nullable = false, updatable = false)
    private long matchedAmount;
    @Column(name = "missing_in_posdesk_count", nullable = false, updatable = false)
    private int missingInPosdeskCount;
    @Column(name = "missing_in_posdesk_amount", nullable = false, updatable = false)
    private long missingInPosdeskAmount;
    @Column(name = "missing_at_acquirer_count", nullable = false, updatable = false)
    private int missingAtAcquirerCount;
    @Column(name = "missing_at_acquirer_amount", nullable = false, updatable = false)
    private long missingAtAcquirerAmount;
    @Column(name = "amount_mismatch_count", nullable = false, updatable = false)
    private int amountMismatchCount;
    @Column(name = "amount_mismatch_amount", nullable = false, updatable = false)
    private long amountMismatchAmount;
    @Column(name = "duplicate_count", nullable = false, updatable = false)
    private int duplicateCount;
    @Column(name = "duplicate_amount", nullable = false, updatable = false)
    private long duplicateAmount;
    @Column(name = "batches_reconciled", nullable = false, updatable = false)
    private int batchesReconciled;
    @Column(name = "batches_discrepant", nullable = false, updatable = false)
    private int batchesDiscrepant;

    protected ReconciliationRun() {
    }

    public ReconciliationRun(long statementId, Instant startedAt, Instant finishedAt, RunFigures f) {
        this.statementId = statementId;
        this.startedAt = Objects.requireNonNull(startedAt, "started at");
        this.finishedAt = Objects.requireNonNull(finishedAt, "finished at");
        this.lineCount = f.lineCount();
        this.matchedCount = (int) f.matched().count();
        this.matchedAmount = f.matched().amount();
        this.missingInPosdeskCount = (int) f.missingInPosdesk().count();
        this.missingInPosdeskAmount = f.missingInPosdesk().amount();
        this.missingAtAcquirerCount = (int) f.missingAtAcquirer().count();
        this.missingAtAcquirerAmount = f.missingAtAcquirer().amount();
        this.amountMismatchCount = (int) f.amountMismatch().count();
        this.amountMismatchAmount = f.amountMismatch().amount();
        this.duplicateCount = (int) f.duplicate().count();
        this.duplicateAmount = f.duplicate().amount();
        this.batchesReconciled = f.batchesReconciled();
        this.batchesDiscrepant = f.batchesDiscrepant();
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getStatementId() {
        return statementId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public RunFigures getFigures() {
        return new RunFigures(lineCount, new Tally(matchedCount, matchedAmount),
                new Tally(missingInPosdeskCount, missingInPosdeskAmount),
                new Tally(missingAtAcquirerCount, missingAtAcquirerAmount),
                new Tally(amountMismatchCount, amountMismatchAmount), new Tally(duplicateCount, duplicateAmount),
                batchesReconciled, batchesDiscrepant);
    }
}
