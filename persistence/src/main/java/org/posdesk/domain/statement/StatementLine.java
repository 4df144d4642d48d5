package org.posdesk.domain.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.AbstractEntity;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;

/** One transaction line of a statement; the raw line text is deliberately not kept. */
@Entity
@Table(name = "statement_line")
public class StatementLine extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_line_seq")
    @SequenceGenerator(name = "statement_line_seq", sequenceName = "statement_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id", nullable = false, updatable = false)
    private Statement statement;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @Column(name = "tid", length = 8, updatable = false)
    private String tid;

    @Column(name = "mid", length = 15, updatable = false)
    private String mid;

    @Column(name = "rrn", length = 12, updatable = false)
    private String rrn;

    @Column(name = "stan", length = 6, updatable = false)
    private String stan;

    @Column(name = "batch_number", updatable = false)
    private Integer batchNumber;

    @Column(name = "type", nullable = false, length = 24, updatable = false)
    private String type;

    @Embedded
    private Money amount;

    @Column(name = "fee_minor", updatable = false)
    private Long feeMinor;

    @Column(name = "net_minor", updatable = false)
    private Long netMinor;

    @Embedded
    private MaskedPan card;

    @Column(name = "auth_code", length = 6, updatable = false)
    private String authCode;

    // Acquirer local time (Asia/Shanghai for the acquirers we read), like the terminal's.
    @Column(name = "transaction_time", updatable = false)
    private LocalDateTime transactionTime;

    @Column(name = "original_stan", length = 6, updatable = false)
    private String originalStan;

    @Column(name = "original_rrn", length = 12, updatable = false)
    private String originalRrn;

    @Column(name = "original_time", updatable = false)
    private LocalDateTime originalTime;

    @Column(name = "order_number", length = 64, updatable = false)
    private String orderNumber;

    @Column(name = "debit_credit", length = 1, updatable = false)
    private Character debitCredit;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_outcome", length = 24)
    private MatchOutcome matchOutcome;

    @Column(name = "matched_transaction_id")
    private Long matchedTransactionId;

    protected StatementLine() {
    }

    StatementLine(Statement statement, LineData data) {
        if (data.lineNumber() < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        this.statement = statement;
        this.lineNumber = data.lineNumber();
        this.tid = Checks.optional(data.tid(), 8, "tid");
        this.mid = Checks.optional(data.mid(), 15, "mid");
        this.rrn = Checks.optional(data.rrn(), 12, "rrn");
        this.stan = Checks.optional(data.stan(), 6, "stan");
        this.batchNumber = data.batchNumber();
        this.type = Checks.notBlank(data.type(), 24, "type");
        this.amount = Objects.requireNonNull(data.amount(), "amount");
        this.feeMinor = data.feeMinor();
        this.netMinor = data.netMinor();
        this.card = data.card();
        this.authCode = Checks.optional(data.authCode(), 6, "auth code");
        this.transactionTime = data.transactionTime();
        this.originalStan = Checks.optional(data.original().stan(), 6, "original stan");
        this.originalRrn = Checks.optional(data.original().rrn(), 12, "original rrn");
        this.originalTime = data.original().time();
        this.orderNumber = Checks.optional(data.orderNumber(), 64, "order number");
        this.debitCredit = data.debitCredit();
    }

    public void recordMatch(MatchOutcome outcome, Long journalId) {
        if (outcome == MatchOutcome.MATCHED && journalId == null) {
            throw new IllegalArgumentException("a matched line names its journal entry");
        }
        matchOutcome = Objects.requireNonNull(outcome, "outcome");
        matchedTransactionId = journalId;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public Optional<String> getTid() {
        return Optional.ofNullable(tid);
    }

    public Optional<String> getMid() {
        return Optional.ofNullable(mid);
    }

    public Optional<String> getRrn() {
        return Optional.ofNullable(rrn);
    }

    public Optional<String> getStan() {
        return Optional.ofNullable(stan);
    }

    public Optional<Integer> getBatchNumber() {
        return Optional.ofNullable(batchNumber);
    }

    public String getType() {
        return type;
    }

    public Money getAmount() {
        return amount;
    }

    public Optional<Long> getFeeMinor() {
        return Optional.ofNullable(feeMinor);
    }

    public Optional<Long> getNetMinor() {
        return Optional.ofNullable(netMinor);
    }

    public Optional<MaskedPan> getCard() {
        return Optional.ofNullable(card);
    }

    public Optional<String> getAuthCode() {
        return Optional.ofNullable(authCode);
    }

    public Optional<LocalDateTime> getTransactionTime() {
        return Optional.ofNullable(transactionTime);
    }

    public OriginalReference getOriginal() {
        return new OriginalReference(originalStan, originalRrn, originalTime);
    }

    public Optional<String> getOrderNumber() {
        return Optional.ofNullable(orderNumber);
    }

    public Optional<Character> getDebitCredit() {
        return Optional.ofNullable(debitCredit);
    }

    public Optional<MatchOutcome> getMatchOutcome() {
        return Optional.ofNullable(matchOutcome);
    }

    public Optional<Long> getMatchedTransactionId() {
        return Optional.ofNullable(matchedTransactionId);
    }
}
