package org.posdesk.domain.merchant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.Mid;
import org.posdesk.domain.shared.VersionedEntity;

/** A merchant as the acquirer knows it, equal by MID. */
// Read by every terminal message and changed by an administrator now and then: cached (so its
// value objects are Serializable).
@Entity
@Cacheable
@Table(name = "merchant")
@NamedQuery(name = "Merchant.findByMid", query = "select m from Merchant m where m.mid = :mid")
@NamedQuery(name = "Merchant.count", query = "select count(m) from Merchant m")
public class Merchant extends VersionedEntity {

    public static final String DEFAULT_TIER = "STANDARD";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "merchant_seq")
    @SequenceGenerator(name = "merchant_seq", sequenceName = "merchant_seq", allocationSize = 50)
    private Long id;

    @Convert(converter = Mid.JpaConverter.class)
    @Column(name = "mid", nullable = false, unique = true, updatable = false, length = 15)
    private Mid mid;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    // Terminal times are local; this zone turns them into instants (offline gaps, statements).
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "tier", nullable = false, length = 16)
    private String tier;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Merchant() {
    }

    public Merchant(Mid mid, String name, ZoneId timeZone, Instant createdAt) {
        this.mid = Objects.requireNonNull(mid, "mid");
        rename(name);
        moveTo(timeZone);
        this.tier = DEFAULT_TIER;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void rename(String newName) {
        this.name = Checks.notBlank(newName, 128, "merchant name");
    }

    public void moveTo(ZoneId zone) {
        this.timeZone = Objects.requireNonNull(zone, "time zone").getId();
    }

    public void changeTier(String newTier) {
        this.tier = Checks.notBlank(newTier, 16, "tier");
    }

    @Override
    public Long getId() {
        return id;
    }

    public Mid getMid() {
        return mid;
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public String getTier() {
        return tier;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Merchant other && mid.equals(other.mid);
    }

    @Override
    public int hashCode() {
        return mid.hashCode();
    }

    @Override
    public String toString() {
        return "Merchant " + mid;
    }
}
