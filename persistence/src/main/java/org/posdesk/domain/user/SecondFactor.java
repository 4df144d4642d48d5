package org.posdesk.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * A user's TOTP authenticator: the secret (encrypted by the application's key vault before it
 * gets here, so this class never sees it in the clear), a secret being enrolled, the last time
 * step a code was used for, and the recovery codes. A table of its own beside {@code app_user}
 * keeps the password rules and the second factor apart. Optimistic locking makes two sign-ins
 * racing with the same code fail rather than both succeed.
 */
@Entity
@Table(name = "user_second_factor")
public class SecondFactor extends VersionedEntity {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "secret_encrypted", length = 128)
    private byte[] secretEncrypted;

    @Column(name = "pending_secret_encrypted", length = 128)
    private byte[] pendingSecretEncrypted;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @ElementCollection
    @CollectionTable(name = "user_recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "code_index")
    private List<RecoveryCode> recoveryCodes = new ArrayList<>();

    protected SecondFactor() {
    }

    private SecondFactor(long userId) {
        this.userId = userId;
    }

    public static SecondFactor of(AppUser user) {
        return new SecondFactor(Objects.requireNonNull(user.getId(), "a saved user"));
    }

    /** A new secret waits for a code from it; an active one stays active until then. */
    public void beginEnrolment(byte[] encryptedSecret) {
        pendingSecretEncrypted = Objects.requireNonNull(encryptedSecret, "encryptedSecret").clone();
    }

    /**
     * The pending secret becomes the active one: its code just matched {@code step}, so that step
     * is used. The old recovery codes go, the new ones come.
     */
    public void activate(long step, List<RecoveryCode> codes, Instant at) {
        if (pendingSecretEncrypted == null) {
            throw new IllegalStateException("no enrolment is in progress");
        }
        secretEncrypted = pendingSecretEncrypted;
        pendingSecretEncrypted = null;
        lastUsedStep = step;
        enrolledAt = Objects.requireNonNull(at, "at");
        recoveryCodes.clear();
        recoveryCodes.addAll(codes);
    }

    /**
     * An administrator takes a lost authenticator away: no secret, no enrolment in progress, no
     * recovery codes. The last used step stays, so no code already used can be replayed should the
     * same secret ever be enrolled again.
     */
    public void revoke() {
        secretEncrypted = null;
        pendingSecretEncrypted = null;
        enrolledAt = null;
        recoveryCodes.clear();
    }

    /** Records the step a code was accepted for; no code of that step or earlier works again. */
    public void useStep(long step) {
        if (step <= lastUsedStep) {
            throw new IllegalStateException("step " + step + " is not after the last used step " + lastUsedStep);
        }
        lastUsedStep = step;
    }

    /** Uses up the recovery code typed, if it is one of the unused ones. */
    public boolean useRecoveryCode(String typed, Instant at) {
        for (RecoveryCode code : recoveryCodes) {
            if (code.matches(typed)) {
                code.useAt(at);
                return true;
            }
        }
        return false;
    }

    public OptionalLong acceptedStep(byte[] secret, String code, Instant at) {
        return Totp.matchingStep(secret, code, Totp.stepAt(at), lastUsedStep);
    }

    public boolean isActive() {
        return secretEncrypted != null;
    }

    public Optional<byte[]> getSecretEncrypted() {
        return Optional.ofNullable(secretEncrypted).map(byte[]::clone);
    }

    public Optional<byte[]> getPendingSecretEncrypted() {
        return Optional.ofNullable(pendingSecretEncrypted).map(byte[]::clone);
    }

    public long getLastUsedStep() {
        return lastUsedStep;
    }

    public Optional<Instant> getEnrolledAt() {
        return Optional.ofNullable(enrolledAt);
    }

    public long unusedRecoveryCodes() {
        return recoveryCodes.stream().filter(c -> !c.isUsed()).count();
    }

    @Override
    public Long getId() {
        return userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecondFactor other && Objects.equals(userId, other.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(userId);
    }

    @Override
    public String toString() {
        return "SecondFactor of user " + userId + (isActive() ? " (active)" : "");
    }
}
