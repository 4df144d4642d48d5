package org.posdesk.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.AbstractEntity;
import org.posdesk.domain.shared.Checks;

/**
 * One audit record. There are no setters: the SHA-256 hash covers the content, the chain position
 * and the previous entry's hash, so changing or deleting a stored entry breaks every later hash.
 * The time is cut to milliseconds before hashing because DATETIME(3) keeps no more, and a hash
 * over finer time could never be verified after a round trip through the database.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.latest", query = "select a from AuditEntry a order by a.chainPosition desc")
@NamedQuery(name = "AuditEntry.chainFrom",
        query = "select a from AuditEntry a where a.chainPosition > :after order by a.chainPosition")
public class AuditEntry extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    // Pooled ids are not in insertion order across nodes; this is. Unique, so a fork fails to insert.
    @Column(name = "chain_position", nullable = false, unique = true, updatable = false)
    private long chainPosition;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", length = 64, updatable = false)
    private String username;

    @Column(name = "event", nullable = false, length = 64, updatable = false)
    private String event;

    @Column(name = "outcome", nullable = false, length = 16, updatable = false)
    private String outcome;

    @Column(name = "origin", length = 64, updatable = false)
    private String origin;

    @Column(name = "target_type", length = 64, updatable = false)
    private String targetType;

    @Column(name = "target_id", length = 64, updatable = false)
    private String targetId;

    @Column(name = "detail", length = 1000, updatable = false)
    private String detail;

    @Column(name = "prev_hash", length = 64, updatable = false)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64, updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    private AuditEntry(long chainPosition, String prevHash, Content c) {
        this.chainPosition = chainPosition;
        this.prevHash = prevHash;
        this.occurredAt = Objects.requireNonNull(c.occurredAt(), "occurredAt").truncatedTo(ChronoUnit.MILLIS);
        this.username = Checks.optional(c.username(), 64, "username");
        this.event = Checks.notBlank(c.event(), 64, "event");
        this.outcome = Checks.notBlank(c.outcome(), 16, "outcome");
        this.origin = Checks.optional(c.origin(), 64, "origin");
        this.targetType = Checks.optional(c.targetType(), 64, "target type");
        this.targetId = Checks.optional(c.targetId(), 64, "target id");
        this.detail = Checks.optional(c.detail(), 1000, "detail");
        this.hash = computeHash();
    }

    /** Appends after {@code head}, the current latest entry, or starts the chain when there is none. */
    public static AuditEntry following(Optional<AuditEntry> head, Content content) {
        return following(head.map(AuditEntry::asHead).orElse(ChainHead.EMPTY), content);
    }

    /** The entry at the position after {@code head}, linked to its hash. */
    public static AuditEntry following(ChainHead head, Content content) {
        return new AuditEntry(head.position() + 1, head.hash(), content);
    }

    /** The chain head this entry makes when it is the last. */
    public ChainHead asHead() {
        return new ChainHead(chainPosition, hash);
    }

    /** True when the stored hash still matches the stored content. */
    public boolean isIntact() {
        return hash.equals(computeHash());
    }

    /** True when this entry is the direct successor of {@code previous}. */
    public boolean follows(ChainHead previous) {
        return chainPosition == previous.position() + 1 && Objects.equals(previous.hash(), prevHash);
    }

    /** True when this entry is the direct successor of {@code previous}. */
    public boolean follows(AuditEntry previous) {
        return chainPosition == previous.chainPosition + 1 && previous.hash.equals(prevHash);
    }

    private String computeHash() {
        StringBuilder canonical = new StringBuilder();
        // Length-prefixed so that no choice of field values can produce another entry's text.
        for (Object part : new Object[] {chainPosition, prevHash, occurredAt.toEpochMilli(), username, event,
                outcome, origin, targetType, targetId, detail}) {
            String text = part == null ? "" : part.toString();
            canonical.append(part == null ? -1 : text.length()).append(':').append(text).append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getChainPosition() {
        return chainPosition;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Optional<String> getUsername() {
        return Optional.ofNullable(username);
    }

    public String getEvent() {
        return event;
    }

    public String getOutcome() {
        return outcome;
    }

    public Optional<String> getOrigin() {
        return Optional.ofNullable(origin);
    }

    public Optional<String> getTargetType() {
        return Optional.ofNullable(targetType);
    }

    public Optional<String> getTargetId() {
        return Optional.ofNullable(targetId);
    }

    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }

    public Optional<String> getPrevHash() {
        return Optional.ofNullable(prevHash);
    }

    public String getHash() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEntry other && hash.equals(other.hash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    /** What happened; username, origin, target and detail may be null. */
    public record Content(Instant occurredAt, String username, String event, String outcome, String origin,
                          String targetType, String targetId, String detail) {
    }
}
