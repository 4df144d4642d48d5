package org.posdesk.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.VersionedEntity;

/** A person who signs in to the back office, equal by username. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "AppUser.findByUsername", query = "select u from AppUser u where u.username = :username")
public class AppUser extends VersionedEntity {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, updatable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false, length = 16)
    private Role role;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    /** A merchant user who administers their merchant's settings; Role has no such role of its own. */
    @Column(name = "merchant_admin", nullable = false)
    private boolean merchantAdmin;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Empty means every store of the merchant. */
    @ElementCollection
    @CollectionTable(name = "app_user_store", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "store_id", nullable = false)
    private Set<Long> storeIds = new HashSet<>();

    protected AppUser() {
    }

    private AppUser(String username, String displayName, String passwordHash, Role role, Long merchantId,
                    Instant createdAt) {
        this.username = Checks.notBlank(username, 64, "username");
        this.displayName = Checks.notBlank(displayName, 128, "display name");
        this.passwordHash = Checks.notBlank(passwordHash, 255, "password hash");
        this.role = role;
        this.merchantId = merchantId;
        this.enabled = true;
        this.mustChangePassword = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Created with a temporary password that must be changed at first sign-in. */
    public static AppUser merchantUser(String username, String displayName, String passwordHash, long merchantId,
                                       Instant at) {
        return new AppUser(username, displayName, passwordHash, Role.MERCHANT, merchantId, at);
    }

    public static AppUser staff(String username, String displayName, String passwordHash, Role role, Instant at) {
        if (role == Role.MERCHANT) {
            throw new IllegalArgumentException("a merchant user belongs to a merchant");
        }
        return new AppUser(username, displayName, passwordHash, role, null, at);
    }

    /** Locks the account for {@link #LOCKOUT} after {@link #MAX_FAILED_ATTEMPTS} failures in a row. */
    public void recordFailedSignIn(Instant at) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = at.plus(LOCKOUT);
            failedAttempts = 0;
        }
    }

    public void recordSuccessfulSignIn(Instant at) {
        if (isLockedAt(at)) {
            throw new IllegalStateException("user " + username + " is locked until " + lockedUntil);
        }
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    public boolean canSignInAt(Instant at) {
        return enabled && !isLockedAt(at);
    }

    public void changePassword(String newHash, Instant at) {
        passwordHash = Checks.notBlank(newHash, 255, "password hash");
        passwordChangedAt = Objects.requireNonNull(at, "at");
        mustChangePassword = false;
    }

    /**
     * The password given at creation is to be kept, as for the demo users whose published
     * passwords the README hands out: no change is asked at the first sign-in.
     */
    public void keepInitialPassword() {
        mustChangePassword = false;
    }

    /** An administrator reset the password; the user must choose a new one. */
    public void resetPassword(String temporaryHash) {
        passwordHash = Checks.notBlank(temporaryHash, 255, "password hash");
        mustChangePassword = true;
        lockedUntil = null;
        failedAttempts = 0;
    }

    /** Lets a merchant user change their merchant's settings (anomaly thresholds). */
    public void grantMerchantAdmin() {
        if (role != Role.MERCHANT) {
            throw new IllegalStateException("only a merchant user administers a merchant");
        }
        merchantAdmin = true;
    }

    public void revokeMerchantAdmin() {
        merchantAdmin = false;
    }

    /**
     * May change merchant-wide settings of {@code merchant}: an administrator always, a merchant
     * user flagged as their merchant's administrator and not confined to some of its stores.
     */
    public boolean administers(long merchant) {
        if (role == Role.ADMIN) {
            return true;
        }
        return role == Role.MERCHANT && merchantAdmin && merchantId == merchant && storeIds.isEmpty();
    }

    public boolean isMerchantAdmin() {
        return merchantAdmin;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void restrictToStores(Set<Long> stores) {
        if (role != Role.MERCHANT) {
            throw new IllegalStateException("only merchant users are restricted to stores");
        }
        storeIds.clear();
        storeIds.addAll(stores);
    }

    /** Whether this user may see data of that merchant and store (store may be null). */
    public boolean canSee(long merchant, Long store) {
        if (role != Role.MERCHANT) {
            return true;
        }
        return merchantId == merchant && (storeIds.isEmpty() || store == null || storeIds.contains(store));
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Optional<Long> getMerchantId() {
        return Optional.ofNullable(merchantId);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<Instant> getPasswordChangedAt() {
        return Optional.ofNullable(passwordChangedAt);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getStoreIds() {
        return Set.copyOf(storeIds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUser other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "AppUser " + username + " (" + role + ")";
    }
}
