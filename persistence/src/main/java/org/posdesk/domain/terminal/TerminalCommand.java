package org.posdesk.domain.terminal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Set;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * A host-initiated 0800 for one terminal: {@code 361} re-upload batch N, {@code 362} report the
 * last transaction. It waits until the terminal next signs on or sends a heartbeat, goes out right
 * after that reply, and is settled by the terminal's 0810.
 * <p>
 * Its field 11 is the id modulo 1,000,000: ids are unique, so two commands of one terminal share a
 * STAN only a million commands apart, and no per-terminal counter row has to be locked.
 */
@Entity
@Table(name = "terminal_command")
@NamedQuery(name = "TerminalCommand.findByTerminalAndState",
        query = "select c from TerminalCommand c where c.terminalId = :terminalId and c.state = :state"
                + " order by c.requestedAt, c.id")
@NamedQuery(name = "TerminalCommand.findSentByStan",
        query = "select c from TerminalCommand c where c.terminalId = :terminalId and c.stan = :stan"
                + " and c.state = org.posdesk.domain.terminal.TerminalCommandState.SENT")
public class TerminalCommand extends VersionedEntity {

    public static final String REUPLOAD_BATCH = "361";
    public static final String REPORT_LAST_TRANSACTION = "362";
    private static final Set<String> CODES = Set.of(REUPLOAD_BATCH, REPORT_LAST_TRANSACTION);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "terminal_command_seq")
    @SequenceGenerator(name = "terminal_command_seq", sequenceName = "terminal_command_seq", allocationSize = 50)
    private Long id;

    @Column(name = "terminal_id", nullable = false, updatable = false)
    private Long terminalId;

    @Convert(converter = Tid.JpaConverter.class)
    @Column(name = "tid", nullable = false, updatable = false, length = 8)
    private Tid tid;

    @Column(name = "code", nullable = false, updatable = false, length = 3, columnDefinition = "CHAR(3)")
    private String code;

    @Convert(converter = BatchNumber.JpaConverter.class)
    @Column(name = "batch_number", updatable = false)
    private BatchNumber batchNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private TerminalCommandState state;

    @Convert(converter = Stan.JpaConverter.class)
    @Column(name = "stan", length = 6)
    private Stan stan;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "response_code", length = 2, columnDefinition = "CHAR(2)")
    private String responseCode;

    protected TerminalCommand() {
    }

    private TerminalCommand(long terminalId, Tid tid, String code, BatchNumber batchNumber, String requestedBy,
                            Instant requestedAt) {
        this.terminalId = terminalId;
        this.tid = Objects.requireNonNull(tid, "tid");
        this.code = code;
        this.batchNumber = batchNumber;
        this.requestedBy = Checks.notBlank(requestedBy, 64, "requested by");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.state = TerminalCommandState.PENDING;
    }

    /** @param batchNumber required for {@code 361}; ignored (the terminal's batch at sending) for {@code 362} */
    public static TerminalCommand request(Terminal terminal, String code, BatchNumber batchNumber,
                                          String requestedBy, Instant at) {
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("host command must be 361 or 362, got " + code);
        }
        if (REUPLOAD_BATCH.equals(code) && batchNumber == null) {
            throw new IllegalArgumentException("a re-upload command names its batch");
        }
        if (terminal.getId() == null) {
            throw new IllegalStateException("persist terminal " + terminal.getTid() + " before commanding it");
        }
        return new TerminalCommand(terminal.getId(), terminal.getTid(),
                code, REUPLOAD_BATCH.equals(code) ? batchNumber : null, requestedBy, at);
    }

    /** The STAN the command travels under; stable because the id never changes. */
    public Stan wireStan() {
        if (id == null) {
            throw new IllegalStateException("persist the command before sending it");
        }
        return Stan.of((int) (id % 1_000_000));
    }

    public void markSent(Instant at) {
        move(TerminalCommandState.PENDING, TerminalCommandState.SENT);
        stan = wireStan();
        sentAt = Objects.requireNonNull(at, "at");
    }

    /** The terminal's 0810: {@code 00} means it will obey, anything else that it cannot. */
    public void answer(String terminalResponseCode, Instant at) {
        Checks.notBlank(terminalResponseCode, 2, "response code");
        move(TerminalCommandState.SENT,
                "00".equals(terminalResponseCode) ? TerminalCommandState.ACKNOWLEDGED : TerminalCommandState.REFUSED);
        responseCode = terminalResponseCode;
        answeredAt = Objects.requireNonNull(at, "at");
    }

    private void move(TerminalCommandState required, TerminalCommandState next) {
        if (state != required) {
            throw new IllegalTransitionException("command " + code + " for " + tid, state, next);
        }
        state = next;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getTerminalId() {
        return terminalId;
    }

    public Tid getTid() {
        return tid;
    }

    public String getCode() {
        return code;
    }

    public Optional<BatchNumber> getBatchNumber() {
        return Optional.ofNullable(batchNumber);
    }

    public TerminalCommandState getState() {
        return state;
    }

    public Optional<Stan> getStan() {
        return Optional.ofNullable(stan);
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> getAnsweredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<String> getResponseCode() {
        return Optional.ofNullable(responseCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TerminalCommand other && terminalId.equals(other.terminalId) && code.equals(other.code)
                && requestedAt.equals(other.requestedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terminalId, code, requestedAt);
    }

    @Override
    public String toString() {
        return "TerminalCommand " + code + " for " + tid + " (" + state + ")";
    }
}
