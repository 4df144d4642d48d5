package org.posdesk.domain.batch;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * A terminal's transactions between two settlements, equal by terminal and batch number. Every
 * state change goes through {@link #transitionTo}, which enforces the lifecycle of
 * {@link BatchState} and appends a {@link BatchTransition} with time and cause.
 */
@Entity
@Table(name = "batch")
@NamedQuery(name = "Batch.findByTerminalAndNumber",
        query = "select b from Batch b where b.terminalId = :terminalId and b.batchNumber = :batchNumber")
@NamedQuery(name = "Batch.countByState",
        query = "select b.state, count(b) from Batch b group by b.state")
@NamedQuery(name = "Batch.countByStateForMerchant",
        query = "select b.state, count(b) from Batch b where b.merchantId = :merchantId group by b.state")
public class Batch extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "batch_seq")
    @SequenceGenerator(name = "batch_seq", sequenceName = "batch_seq", allocationSize = 50)
    private Long id;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "terminal_id", nullable = false, updatable = false)
    private Long terminalId;

    @Convert(converter = BatchNumber.JpaConverter.class)
    @Column(name = "batch_number", nullable = false, updatable = false)
    private BatchNumber batchNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 24)
    private BatchState state;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    /** What the terminal announced in its 0500; null until then. */
    @Embedded
    @AttributeOverride(name = "debitAmount", column = @Column(name = "term_debit_amount"))
    @AttributeOverride(name = "debitCount", column = @Column(name = "term_debit_count"))
    @AttributeOverride(name = "creditAmount", column = @Column(name = "term_credit_amount"))
    @AttributeOverride(name = "creditCount", column = @Column(name = "term_credit_count"))
    @AttributeOverride(name = "foreignDebitAmount", column = @Column(name = "term_foreign_debit_amount"))
    @AttributeOverride(name = "foreignDebitCount", column = @Column(name = "term_foreign_debit_count"))
    @AttributeOverride(name = "foreignCreditAmount", column = @Column(name = "term_foreign_credit_amount"))
    @AttributeOverride(name = "foreignCreditCount", column = @Column(name = "term_foreign_credit_count"))
    private Totals terminalTotals;

    /** Summed from the journal by the application, never typed in. */
    @Embedded
    @AttributeOverride(name = "debitAmount", column = @Column(name = "computed_debit_amount", nullable = false))
    @AttributeOverride(name = "debitCount", column = @Column(name = "computed_debit_count", nullable = false))
    @AttributeOverride(name = "creditAmount", column = @Column(name = "computed_credit_amount", nullable = false))
    @AttributeOverride(name = "creditCount", column = @Column(name = "computed_credit_count", nullable = false))
    @AttributeOverride(name = "foreignDebitAmount",
            column = @Column(name = "computed_foreign_debit_amount", nullable = false))
    @AttributeOverride(name = "foreignDebitCount",
            column = @Column(name = "computed_foreign_debit_count", nullable = false))
    @AttributeOverride(name = "foreignCreditAmount",
            column = @Column(name = "computed_foreign_credit_amount", nullable = false))
    @AttributeOverride(name = "foreignCreditCount",
            column = @Column(name = "computed_foreign_credit_count", nullable = false))
    private Totals computedTotals;

    @Column(name = "currency", nullable = false, length = 3, columnDefinition = "CHAR(3)")
    private String currency;

    @Column(name = "announced_count")
    private Integer announcedCount;

    /** Comma-separated STANs an incomplete upload lacked; what a person chasing it needs to see. */
    @Column(name = "missing_stans", columnDefinition = "TEXT")
    private String missingStans;

    @Column(name = "needs_attention", nullable = false)
    private boolean needsAttention;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<BatchTransition> transitions = new ArrayList<>();

    protected Batch() {
    }

    private Batch(long merchantId, long terminalId, BatchNumber batchNumber, String currency) {
        this.merchantId = merchantId;
        this.terminalId = terminalId;
        this.batchNumber = Objects.requireNonNull(batchNumber, "batch number");
        this.currency = org.posdesk.domain.shared.Money.zero(currency).currency();
        this.computedTotals = Totals.zero();
    }

    public static Batch open(long merchantId, long terminalId, BatchNumber batchNumber, String currency,
                             Instant at) {
        Batch batch = new Batch(merchantId, terminalId, batchNumber, currency);
        batch.openedAt = Objects.requireNonNull(at, "at");
        batch.state = BatchState.OPEN;
        batch.transitions.add(new BatchTransition(batch, null, BatchState.OPEN, at, "batch opened", null));
        return batch;
    }

    /** The terminal sent its 0500 with these totals. */
    public void startSettlement(Totals announced, Instant at) {
        transitionTo(BatchState.SETTLING, "settlement request (0500)", at);
        terminalTotals = Objects.requireNonNull(announced, "announced totals");
    }

    /** Compares the journal's totals with the terminal's; returns the resulting state. */
    public BatchState completeSettlement(Totals computedFromJournal, Instant at) {
        return completeSettlement(computedFromJournal,
                Objects.requireNonNull(computedFromJournal, "computed totals").equals(terminalTotals), at);
    }

    /**
     * As {@link #completeSettlement(Totals, Instant)}, with the verdict decided by the caller: the
     * journal may hold entries it could not total (another currency), and then equal sums do not
     * mean the batch balances.
     */
    public BatchState completeSettlement(Totals computedFromJournal, boolean agree, Instant at) {
        Objects.requireNonNull(computedFromJournal, "computed totals");
        BatchState next = agree ? BatchState.BALANCED : BatchState.UNBALANCED;
        transitionTo(next, agree ? "totals agree" : "totals disagree", at);
        computedTotals = computedFromJournal;
        settledAt = at;
        return next;
    }

    public static final String DISCONNECTED_DURING_UPLOAD = "disconnected during upload";

    /**
     * A 0320 arrived. Later 0320s of the same upload change nothing. From UPLOAD_INCOMPLETE the
     * terminal is resuming an interrupted upload by itself, without a resubmission.
     */
    public void startUpload(Instant at) {
        String cause = switch (state) {
            case UPLOADING -> null;
            case RESUBMIT_PENDING -> "terminal re-uploads";
            case UPLOAD_INCOMPLETE -> "terminal resumed its upload";
            default -> "first 0320";
        };
        if (cause != null) {
            transitionTo(BatchState.UPLOADING, cause, at);
        }
    }

    /**
     * The terminal ended its upload announcing {@code announced} transactions. Complete only if
     * none is missing; otherwise the missing STANs are kept for whoever chases the batch.
     */
    public BatchState finishUpload(int announced, Collection<Stan> missing, Instant at) {
        if (announced < 0) {
            throw new IllegalArgumentException("announced count cannot be negative");
        }
        if (missing.isEmpty()) {
            transitionTo(BatchState.UPLOADED, "upload end, all " + announced + " received", at);
        } else {
            transitionTo(BatchState.UPLOAD_INCOMPLETE, "upload end, " + missing.size() + " missing", at);
            missingStans = missing.stream().sorted().map(Stan::value).collect(Collectors.joining(","));
            needsAttention = true;
        }
        announcedCount = announced;
        return state;
    }

    /**
     * The terminal ended its upload announcing {@code announced} transactions, of which posdesk
     * holds {@code held}. The count decides: fewer held is UPLOAD_INCOMPLETE, with the STANs
     * posdesk can name as missing kept for whoever chases the batch (it cannot name STANs above
     * the highest it holds); more held than announced is UPLOADED but flagged for a person.
     */
    public BatchState closeUpload(int announced, int held, Collection<Stan> suspectedMissing, Instant at) {
        if (announced < 0 || held < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (held >= announced) {
            transitionTo(BatchState.UPLOADED, held == announced
                    ? "upload end, all " + announced + " received"
                    : "upload end, " + announced + " announced but " + held + " held", at);
            missingStans = null;
            needsAttention = held > announced;
        } else {
            transitionTo(BatchState.UPLOAD_INCOMPLETE, "upload end, " + (announced - held) + " missing", at);
            missingStans = listed(suspectedMissing);
            needsAttention = true;
        }
        announcedCount = announced;
        return state;
    }

    /**
     * Disconnect or timeout during an upload. The STANs already listed as missing (by an earlier
     * upload end) are kept: without the terminal's count nothing better is known.
     */
    public void abandonUpload(String cause, Instant at) {
        transitionTo(BatchState.UPLOAD_INCOMPLETE, cause, at);
        needsAttention = true;
    }

    /**
     * As {@link #abandonUpload(String, Instant)}, with the STANs posdesk can name as missing against
     * the count an earlier upload end announced; they replace the ones listed before.
     */
    public void abandonUpload(String cause, Collection<Stan> suspectedMissing, Instant at) {
        abandonUpload(cause, at);
        missingStans = listed(suspectedMissing);
    }

    /**
     * An upload end that would leave this UPLOAD_INCOMPLETE batch exactly as it is: the same count
     * announced, still short, the same STANs missing. A terminal that did not get the answer to its
     * upload end sends it again; the repeat must change nothing, not add a resume-and-fail pair of
     * transitions to the history.
     */
    public boolean repeatsIncompleteUploadEnd(int announced, int held, Collection<Stan> suspectedMissing) {
        return state == BatchState.UPLOAD_INCOMPLETE && held < announced
                && announcedCount != null && announcedCount == announced
                && Objects.equals(missingStans, listed(suspectedMissing));
    }

    private static String listed(Collection<Stan> stans) {
        return stans.isEmpty() ? null : stans.stream().sorted().map(Stan::value).collect(Collectors.joining(","));
    }

    /** Returns the request to store; the batch waits for the terminal to upload again. */
    public Resubmission requestResubmission(String requestedBy, Instant at) {
        if (id == null) {
            throw new IllegalStateException("persist the batch before requesting a resubmission");
        }
        transitionTo(BatchState.RESUBMIT_PENDING, "resubmission requested", at, requestedBy);
        return new Resubmission(id, requestedBy, at);
    }

    /**
     * Reconciliation's verdict on a settled batch. It waits while some of its entries are neither
     * claimed by a statement line nor reported missing ({@code unjudged}: their clearing day's
     * statement has not come yet); then an open discrepancy makes it DISCREPANT and none makes it
     * RECONCILED, also from DISCREPANT once its discrepancies are resolved. Returns the new
     * state, or empty when nothing changed.
     */
    public Optional<BatchState> judgeAgainstStatement(long openDiscrepancies, long unjudged, String cause,
                                                      Instant at) {
        boolean settled = state == BatchState.BALANCED || state == BatchState.UPLOADED;
        if (!(settled || state == BatchState.DISCREPANT) || unjudged > 0) {
            return Optional.empty();
        }
        if (openDiscrepancies > 0) {
            if (state == BatchState.DISCREPANT) {
                return Optional.empty();
            }
            markDiscrepant(cause + ": " + openDiscrepancies + " discrepancies", at);
        } else {
            reconcile(state == BatchState.DISCREPANT ? cause + ": discrepancies resolved" : cause, at);
        }
        return Optional.of(state);
    }

    public void reconcile(String cause, Instant at) {
        transitionTo(BatchState.RECONCILED, cause, at);
        needsAttention = false;
    }

    public void markDiscrepant(String cause, Instant at) {
        transitionTo(BatchState.DISCREPANT, cause, at);
        needsAttention = true;
    }

    /** Uploads and late advices change the journal; the computed totals follow it. */
    public void recomputeTotals(Totals computedFromJournal) {
        computedTotals = Objects.requireNonNull(computedFromJournal, "computed totals");
    }

    public void transitionTo(BatchState target, String cause, Instant at) {
        transitionTo(target, cause, at, null);
    }

    public void transitionTo(BatchState target, String cause, Instant at, String actor) {
        Objects.requireNonNull(target, "target state");
        Objects.requireNonNull(at, "at");
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException("batch " + batchNumber, state, target);
        }
        transitions.add(new BatchTransition(this, state, target, at, Checks.notBlank(cause, 255, "cause"),
                Checks.optional(actor, 64, "actor")));
        state = target;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public long getTerminalId() {
        return terminalId;
    }

    public BatchNumber getBatchNumber() {
        return batchNumber;
    }

    public BatchState getState() {
        return state;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Optional<Instant> getSettledAt() {
        return Optional.ofNullable(settledAt);
    }

    public Optional<Totals> getTerminalTotals() {
        return Optional.ofNullable(terminalTotals);
    }

    public Totals getComputedTotals() {
        return computedTotals;
    }

    public String getCurrency() {
        return currency;
    }

    public Optional<Integer> getAnnouncedCount() {
        return Optional.ofNullable(announcedCount);
    }

    public List<Stan> getMissingStans() {
        if (missingStans == null || missingStans.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(missingStans.split(",")).map(Stan::of).toList();
    }

    public boolean isNeedsAttention() {
        return needsAttention;
    }

    public List<BatchTransition> getTransitions() {
        return Collections.unmodifiableList(transitions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Batch other && terminalId.equals(other.terminalId)
                && batchNumber.equals(other.batchNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terminalId, batchNumber);
    }

    @Override
    public String toString() {
        return "Batch " + batchNumber + " of terminal " + terminalId + " (" + state + ")";
    }
}
