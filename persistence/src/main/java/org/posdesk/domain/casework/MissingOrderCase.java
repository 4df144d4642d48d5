package org.posdesk.domain.casework;

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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.AuthCode;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * A report that a payment and an order do not meet. Cases have no natural key (two customers may
 * report the same amount), so equality is by id once persisted and by identity before.
 */
@Entity
@Table(name = "missing_order_case")
@NamedQuery(name = "MissingOrderCase.listByStates",
        query = "select c from MissingOrderCase c where c.state in :states order by c.openedAt")
@NamedQuery(name = "MissingOrderCase.listByStatesForMerchant",
        query = "select c from MissingOrderCase c where c.merchantId = :merchantId and c.state in :states"
                + " order by c.openedAt")
public class MissingOrderCase extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "missing_order_case_seq")
    @SequenceGenerator(name = "missing_order_case_seq", sequenceName = "missing_order_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "store_id")
    private Long storeId;

    @Column(name = "terminal_id")
    private Long terminalId;

    @Convert(converter = OrderNumber.JpaConverter.class)
    @Column(name = "order_number", length = 32)
    private OrderNumber orderNumber;

    @Column(name = "transaction_id")
    private Long transactionId;

    @Embedded
    @AttributeOverride(name = "minorUnits", column = @Column(name = "claimed_amount_minor"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3))
    private Money claimedAmount;

    // Terminal-local time, as the customer read it off the slip.
    @Column(name = "claimed_time")
    private LocalDateTime claimedTime;

    @Column(name = "card_last4", length = 4)
    private String cardLastFour;

    @Convert(converter = Stan.JpaConverter.class)
    @Column(name = "stan", length = 6)
    private Stan stan;

    @Convert(converter = Rrn.JpaConverter.class)
    @Column(name = "rrn", length = 12)
    private Rrn rrn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private CaseState state;

    @Column(name = "resolution", length = 255)
    private String resolution;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_kind", length = 16)
    private CaseResolution resolutionKind;

    // state != RESOLVED, kept here so the queue's default view is one index range (V15).
    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sla_due_at")
    private Instant slaDueAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    // One case per automatically noticed thing (a payment, a reversal, an acquirer line).
    @Column(name = "opening_key", updatable = false, length = 64)
    private String openingKey;

    @Convert(converter = AuthCode.JpaConverter.class)
    @Column(name = "auth_code", length = 6)
    private AuthCode authCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 32)
    private CaseSource source;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "assignee", length = 64)
    private String assignee;

    @OneToMany(mappedBy = "missingOrderCase", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<CaseTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "missingOrderCase", cascade = CascadeType.ALL)
    @OrderBy("writtenAt, id")
    private List<CaseNote> notes = new ArrayList<>();

    protected MissingOrderCase() {
    }

    public static MissingOrderCase open(long merchantId, Claim claim, CaseSource source, String openedBy,
                                        Instant at) {
        MissingOrderCase c = new MissingOrderCase();
        c.merchantId = merchantId;
        c.storeId = claim.storeId();
        c.terminalId = claim.terminalId();
        c.orderNumber = claim.orderNumber();
        c.claimedAmount = claim.amount();
        c.claimedTime = claim.time();
        c.cardLastFour = claim.cardLastFour();
        c.stan = claim.stan();
        c.rrn = claim.rrn();
        c.source = Objects.requireNonNull(source, "source");
        c.openedBy = Checks.notBlank(openedBy, 64, "opened by");
        c.openedAt = Objects.requireNonNull(at, "at");
        c.state = CaseState.OPEN;
        c.active = true;
        c.transitions.add(new CaseTransition(c, null, CaseState.OPEN, at, c.openedBy, "case opened"));
        return c;
    }

    /**
     * A case with its SLA deadline and, for an automatic opening, the key that makes it unique.
     *
     * @param openingKey null for a person's report
     */
    public static MissingOrderCase open(long merchantId, Claim claim, AuthCode authCode, CaseSource source,
                                        String openedBy, Instant at, Instant slaDueAt, String openingKey) {
        MissingOrderCase c = open(merchantId, claim, source, openedBy, at);
        c.authCode = authCode;
        c.slaDueAt = slaDueAt;
        c.openingKey = Checks.optional(openingKey, 64, "opening key");
        return c;
    }

    /** A new or reopened case starts being worked when someone takes it; an escalated one stays escalated. */
    public void assignTo(String agent, Instant at) {
        if (state == CaseState.RESOLVED) {
            throw new IllegalTransitionException("case " + id, state, CaseState.INVESTIGATING);
        }
        assignee = Checks.notBlank(agent, 64, "assignee");
        if (state == CaseState.OPEN || state == CaseState.REOPENED) {
            transitionTo(CaseState.INVESTIGATING, agent, "assigned to " + agent, at);
        }
    }

    /** The journal entry the case is about was found. */
    public void linkTransaction(long journalId) {
        transactionId = journalId;
    }

    public void resolve(String outcome, String actor, Instant at) {
        transitionTo(CaseState.RESOLVED, actor, outcome, at);
        resolution = Checks.notBlank(outcome, 255, "resolution");
    }

    /**
     * Closes the case as {@code kind}. LINKED is reached only through {@link #linkPayment}, which
     * names the payment.
     */
    public void resolve(CaseResolution kind, String reason, String actor, Instant at) {
        if (Objects.requireNonNull(kind, "kind") == CaseResolution.LINKED) {
            throw new IllegalArgumentException("a case is linked by naming the payment");
        }
        resolve(reason, actor, at);
        resolutionKind = kind;
    }

    /** The payment was found and pays {@code order}: the case is resolved as LINKED. */
    public void linkPayment(long journalId, OrderNumber order, String reason, String actor, Instant at) {
        resolve(reason, actor, at);
        resolutionKind = CaseResolution.LINKED;
        transactionId = journalId;
        orderNumber = Objects.requireNonNull(order, "order");
    }

    public void escalate(String reason, String actor, Instant at) {
        transitionTo(CaseState.ESCALATED, actor, reason, at);
    }

    public void reopen(String reason, String actor, Instant at) {
        transitionTo(CaseState.REOPENED, actor, reason, at);
        resolution = null;
        resolutionKind = null;
    }

    public CaseNote addNote(String author, String body, boolean internal, Instant at) {
        CaseNote note = new CaseNote(this, Checks.notBlank(author, 64, "author"), Objects.requireNonNull(at, "at"),
                internal, Checks.notBlank(body, 65_535, "note"));
        notes.add(note);
        return note;
    }

    public void transitionTo(CaseState target, String actor, String reason, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException("case " + id, state, target);
        }
        transitions.add(new CaseTransition(this, state, target, Objects.requireNonNull(at, "at"),
                Checks.notBlank(actor, 64, "actor"), Checks.notBlank(reason, 255, "reason")));
        state = target;
        active = target != CaseState.RESOLVED;
        resolvedAt = active ? null : at;
    }

    /** Past its SLA deadline and still not resolved. */
    public boolean isSlaBreached(Instant now) {
        return active && slaDueAt != null && slaDueAt.isBefore(now);
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public Claim getClaim() {
        return new Claim(storeId, terminalId, orderNumber, claimedAmount, claimedTime, cardLastFour, stan, rrn);
    }

    public Optional<Long> getTransactionId() {
        return Optional.ofNullable(transactionId);
    }

    public CaseState getState() {
        return state;
    }

    public Optional<String> getResolution() {
        return Optional.ofNullable(resolution);
    }

    public Optional<CaseResolution> getResolutionKind() {
        return Optional.ofNullable(resolutionKind);
    }

    public Optional<Instant> getSlaDueAt() {
        return Optional.ofNullable(slaDueAt);
    }

    public Optional<Instant> getResolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<String> getOpeningKey() {
        return Optional.ofNullable(openingKey);
    }

    public Optional<AuthCode> getAuthCode() {
        return Optional.ofNullable(authCode);
    }

    public boolean isActive() {
        return active;
    }

    public CaseSource getSource() {
        return source;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Optional<String> getAssignee() {
        return Optional.ofNullable(assignee);
    }

    public List<CaseTransition> getTransitions() {
        return Collections.unmodifiableList(transitions);
    }

    /** @param includeInternal false for merchant users */
    public List<CaseNote> getNotes(boolean includeInternal) {
        return notes.stream().filter(n -> includeInternal || !n.isInternal()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof MissingOrderCase other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant so that a case keeps its bucket when persisting assigns its id.
        return MissingOrderCase.class.hashCode();
    }
}
