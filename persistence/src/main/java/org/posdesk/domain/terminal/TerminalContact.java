package org.posdesk.domain.terminal;

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
import java.util.Objects;
import org.posdesk.domain.shared.AbstractEntity;
import org.posdesk.domain.shared.Checks;

/** One sign-on, heartbeat, connect, disconnect or sign-off, as seen by a cluster node. Append-only. */
@Entity
@Table(name = "terminal_contact")
public class TerminalContact extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "terminal_contact_seq")
    @SequenceGenerator(name = "terminal_contact_seq", sequenceName = "terminal_contact_seq", allocationSize = 50)
    private Long id;

    @Column(name = "terminal_id", nullable = false, updatable = false)
    private Long terminalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private ContactKind kind;

    // Server time (Instant, stored as UTC); terminal clocks are not trusted for contacts.
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "node", nullable = false, updatable = false, length = 64)
    private String node;

    protected TerminalContact() {
    }

    TerminalContact(long terminalId, ContactKind kind, Instant occurredAt, String node) {
        this.terminalId = terminalId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.node = Checks.notBlank(node, 64, "node");
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getTerminalId() {
        return terminalId;
    }

    public ContactKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getNode() {
        return node;
    }
}
