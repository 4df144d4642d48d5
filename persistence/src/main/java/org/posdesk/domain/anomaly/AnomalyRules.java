package org.posdesk.domain.anomaly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * One merchant's anomaly thresholds, equal by merchant. A merchant without a stored row uses
 * {@link #defaults}. An absent amount threshold or repeat window turns that rule off.
 */
@Entity
@Table(name = "anomaly_rules")
@NamedQuery(name = "AnomalyRules.findByMerchants",
        query = "select r from AnomalyRules r where r.merchantId in :merchantIds")
public class AnomalyRules extends VersionedEntity {

    /** ¥20,000.00: a card-present sale above this is rare in the seed merchants' retail. */
    public static final long DEFAULT_AMOUNT_ABOVE_MINOR = 2_000_000L;
    /** 01:00–05:00: after the late-evening trade, before the early markets open. */
    public static final LocalTime DEFAULT_NIGHT_START = LocalTime.of(1, 0);
    public static final LocalTime DEFAULT_NIGHT_END = LocalTime.of(5, 0);
    public static final int DEFAULT_REPEAT_WINDOW_MINUTES = 10;
    public static final int MAX_REPEAT_WINDOW_MINUTES = 1440;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "anomaly_rules_seq")
    @SequenceGenerator(name = "anomaly_rules_seq", sequenceName = "anomaly_rules_seq", allocationSize = 50)
    private Long id;

    @Column(name = "merchant_id", nullable = false, unique = true, updatable = false)
    private Long merchantId;

    @Column(name = "amount_above_minor")
    private Long amountAboveMinor;

    @Column(name = "night_enabled", nullable = false)
    private boolean nightEnabled;

    @Column(name = "night_start", nullable = false)
    private LocalTime nightStart;

    @Column(name = "night_end", nullable = false)
    private LocalTime nightEnd;

    @Column(name = "repeat_window_minutes")
    private Integer repeatWindowMinutes;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AnomalyRules() {
    }

    private AnomalyRules(long merchantId) {
        this.merchantId = merchantId;
        this.amountAboveMinor = DEFAULT_AMOUNT_ABOVE_MINOR;
        this.nightEnabled = true;
        this.nightStart = DEFAULT_NIGHT_START;
        this.nightEnd = DEFAULT_NIGHT_END;
        this.repeatWindowMinutes = DEFAULT_REPEAT_WINDOW_MINUTES;
        this.updatedBy = "posdesk";
        this.updatedAt = Instant.EPOCH;
    }

    /** The thresholds a merchant has until its administrator sets its own (not stored). */
    public static AnomalyRules defaults(long merchantId) {
        return new AnomalyRules(merchantId);
    }

    /**
     * Replaces every threshold at once, as the settings page submits them.
     *
     * @param amountAboveMinor null turns the amount rule off
     * @param repeatWindowMinutes null turns the repeated-card rule off
     */
    public void change(Long amountAboveMinor, boolean nightEnabled, LocalTime nightStart, LocalTime nightEnd,
                       Integer repeatWindowMinutes, String by, Instant at) {
        if (amountAboveMinor != null && amountAboveMinor <= 0) {
            throw new IllegalArgumentException("the amount threshold must be above zero");
        }
        Objects.requireNonNull(nightStart, "night start");
        Objects.requireNonNull(nightEnd, "night end");
        if (nightStart.equals(nightEnd)) {
            throw new IllegalArgumentException("the night window must not be empty");
        }
        if (repeatWindowMinutes != null && (repeatWindowMinutes < 1 || repeatWindowMinutes > MAX_REPEAT_WINDOW_MINUTES)) {
            throw new IllegalArgumentException("the repeat window must be 1.." + MAX_REPEAT_WINDOW_MINUTES + " minutes");
        }
        this.amountAboveMinor = amountAboveMinor;
        this.nightEnabled = nightEnabled;
        this.nightStart = nightStart;
        this.nightEnd = nightEnd;
        this.repeatWindowMinutes = repeatWindowMinutes;
        this.updatedBy = Checks.notBlank(by, 64, "updated by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isAmountAbove(long amountMinor) {
        return amountAboveMinor != null && amountMinor > amountAboveMinor;
    }

    /**
     * Whether a terminal's local time of day is inside the night window, start inclusive and end
     * exclusive; a window whose start is after its end runs over midnight (23:00–05:00).
     */
    public boolean isNight(LocalTime time) {
        if (!nightEnabled) {
            return false;
        }
        if (nightStart.isBefore(nightEnd)) {
            return !time.isBefore(nightStart) && time.isBefore(nightEnd);
        }
        return !time.isBefore(nightStart) || time.isBefore(nightEnd);
    }

    public Optional<Duration> repeatWindow() {
        return Optional.ofNullable(repeatWindowMinutes).map(m -> Duration.ofMinutes(m));
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public Optional<Long> getAmountAboveMinor() {
        return Optional.ofNullable(amountAboveMinor);
    }

    public boolean isNightEnabled() {
        return nightEnabled;
    }

    public LocalTime getNightStart() {
        return nightStart;
    }

    public LocalTime getNightEnd() {
        return nightEnd;
    }

    public Optional<Integer> getRepeatWindowMinutes() {
        return Optional.ofNullable(repeatWindowMinutes);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The thresholds as one line, for the audit trail. */
    public String describe() {
        return "amountAbove=" + (amountAboveMinor == null ? "off" : amountAboveMinor)
                + " night=" + (nightEnabled ? nightStart + "-" + nightEnd : "off")
                + " repeatWithin=" + (repeatWindowMinutes == null ? "off" : repeatWindowMinutes + "min");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnomalyRules other && merchantId.equals(other.merchantId);
    }

    @Override
    public int hashCode() {
        return merchantId.hashCode();
    }
}
