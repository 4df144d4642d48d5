package org.posdesk.domain.terminal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * A POS terminal, equal by TID.
 * <p>
 * Online rule: a terminal is online while it is connected and its last contact is no older than
 * three heartbeat intervals (one lost heartbeat is normal on mobile networks, three are not).
 * {@code onlineUntil} holds that deadline so the dashboard counts with one indexed comparison.
 * <p>
 * Contact: every admitted request is evidence that the terminal is there. Sign-on, heartbeat,
 * connect, disconnect and sign-off are logged ({@link #recordContact}); any other request only
 * moves the last contact forward ({@link #recordActivity}), and only once it is more than
 * {@link #ACTIVITY_REFRESH} old, so a terminal selling several times a second costs one row update
 * every few seconds rather than one per message. The stored last contact may therefore lag the
 * terminal's latest message by up to that much, and so may the online deadline and the start of
 * a gap: no gap is missed, but a silence up to that much shorter than the allowance (at least
 * 30 s) may be reported as one.
 * <p>
 * Keys are stored encrypted under the application's key-encryption key and are never rendered.
 */
@Entity
@Table(name = "terminal")
@NamedQuery(name = "Terminal.findByTid", query = "select t from Terminal t where t.tid = :tid")
@NamedQuery(name = "Terminal.count", query = "select count(t) from Terminal t")
@NamedQuery(name = "Terminal.countByMerchant",
        query = "select count(t) from Terminal t where t.merchantId = :merchantId")
@NamedQuery(name = "Terminal.countOnline",
        query = "select count(t) from Terminal t where t.connected = true and t.onlineUntil >= :now")
@NamedQuery(name = "Terminal.countOnlineByMerchant",
        query = "select count(t) from Terminal t where t.merchantId = :merchantId"
                + " and t.connected = true and t.onlineUntil >= :now")
public class Terminal extends VersionedEntity {

    public static final int MISSED_HEARTBEATS_ALLOWED = 3;
    /** How stale the last contact may get before a request other than a contact moves it. */
    public static final Duration ACTIVITY_REFRESH = Duration.ofSeconds(5);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "terminal_seq")
    @SequenceGenerator(name = "terminal_seq", sequenceName = "terminal_seq", allocationSize = 50)
    private Long id;

    @Convert(converter = Tid.JpaConverter.class)
    @Column(name = "tid", nullable = false, unique = true, updatable = false, length = 8)
    private Tid tid;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "store_id", nullable = false)
    private Long storeId;

    @Column(name = "serial_number", nullable = false, length = 64)
    private String serialNumber;

    @Column(name = "model", nullable = false, length = 64)
    private String model;

    @Column(name = "tmk_encrypted", nullable = false, length = 256)
    private byte[] tmkEncrypted;

    @Column(name = "mak_encrypted", nullable = false, length = 256)
    private byte[] makEncrypted;

    @Column(name = "mak_pending_encrypted", length = 256)
    private byte[] makPendingEncrypted;

    @Column(name = "mak_activated_at")
    private Instant makActivatedAt;

    @Column(name = "mak_pending_since")
    private Instant makPendingSince;

    @Convert(converter = BatchNumber.JpaConverter.class)
    @Column(name = "current_batch_number", nullable = false)
    private BatchNumber currentBatchNumber;

    @Column(name = "heartbeat_interval_seconds", nullable = false)
    private int heartbeatIntervalSeconds;

    // Server-side instants (stored as UTC DATETIME(3)); terminal clocks are not trusted here.
    @Column(name = "last_contact_at")
    private Instant lastContactAt;

    @Column(name = "last_contact_node", length = 64)
    private String lastContactNode;

    @Column(name = "online_until")
    private Instant onlineUntil;

    @Column(name = "connected", nullable = false)
    private boolean connected;

    /**
     * The batch whose upload this terminal is in the middle of (its 0320s started it and no
     * upload end has closed it yet), so a disconnect knows which batch it interrupted. A terminal
     * uploads one batch at a time.
     */
    @Convert(converter = BatchNumber.JpaConverter.class)
    @Column(name = "uploading_batch_number")
    private BatchNumber uploadingBatchNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Terminal() {
    }

    public Terminal(Tid tid, long merchantId, long storeId, String serialNumber, String model,
                    byte[] tmkEncrypted, byte[] makEncrypted, Instant createdAt) {
        this.tid = Objects.requireNonNull(tid, "tid");
        this.merchantId = merchantId;
        this.storeId = storeId;
        this.serialNumber = Checks.notBlank(serialNumber, 64, "serial number");
        this.model = Checks.notBlank(model, 64, "model");
        this.tmkEncrypted = requireKey(tmkEncrypted, "TMK");
        this.makEncrypted = requireKey(makEncrypted, "MAK");
        this.currentBatchNumber = BatchNumber.of(1);
        this.heartbeatIntervalSeconds = 60;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Records a contact. Contacts that arrive out of order (a redelivered message) are stored
     * but do not move the last-contact time backwards.
     */
    public RecordedContact recordContact(ContactKind kind, Instant at, String node) {
        if (id == null) {
            throw new IllegalStateException("persist terminal " + tid + " before recording contacts");
        }
        TerminalContact contact = new TerminalContact(id, kind, at, node);
        Optional<OfflineGap> gap = Optional.empty();
        if (lastContactAt == null || at.isAfter(lastContactAt)) {
            gap = kind.endsConnection() ? Optional.empty() : gapBefore(at);
            moveLastContact(at, node, !kind.endsConnection());
        }
        return new RecordedContact(contact, gap);
    }

    /**
     * Any other admitted request (an advice, a reversal, a settlement, an upload, a command
     * answer): the terminal was in contact at {@code at}, exactly as a heartbeat would say, but
     * nothing is logged. Changes nothing (so costs no UPDATE) while the last contact is at most
     * {@link #ACTIVITY_REFRESH} old, or newer than {@code at} (a redelivered message).
     *
     * @return the offline gap the terminal's silence before {@code at} revealed, to be stored
     */
    public Optional<OfflineGap> recordActivity(Instant at, String node) {
        if (id == null) {
            throw new IllegalStateException("persist terminal " + tid + " before recording activity");
        }
        if (lastContactAt != null && (connected && !at.isAfter(lastContactAt.plus(ACTIVITY_REFRESH))
                || !at.isAfter(lastContactAt))) {
            return Optional.empty();
        }
        Optional<OfflineGap> gap = gapBefore(at);
        moveLastContact(at, node, true);
        return gap;
    }

    private Optional<OfflineGap> gapBefore(Instant at) {
        if (lastContactAt != null && Duration.between(lastContactAt, at).compareTo(allowance()) > 0) {
            return Optional.of(OfflineGap.closed(id, lastContactAt, at));
        }
        return Optional.empty();
    }

    private void moveLastContact(Instant at, String node, boolean stillConnected) {
        lastContactAt = at;
        lastContactNode = node;
        connected = stillConnected;
        onlineUntil = at.plus(allowance());
    }

    public boolean isOnline(Instant now) {
        return connected && onlineUntil != null && !now.isAfter(onlineUntil);
    }

    /** Silence longer than this is an offline gap. */
    public Duration allowance() {
        return Duration.ofSeconds((long) heartbeatIntervalSeconds * MISSED_HEARTBEATS_ALLOWED);
    }

    public void changeHeartbeatInterval(int seconds) {
        if (seconds < 10 || seconds > 3600) {
            throw new IllegalArgumentException("heartbeat interval must be 10..3600 s, got " + seconds);
        }
        heartbeatIntervalSeconds = seconds;
        if (lastContactAt != null) {
            onlineUntil = lastContactAt.plus(allowance());
        }
    }

    /** The terminal announced (sign-on 60.2) or settled into a new batch. */
    public void useBatch(BatchNumber number) {
        currentBatchNumber = Objects.requireNonNull(number, "batch number");
    }

    /** A 0320 has the batch in UPLOADING. Changes nothing (no UPDATE) when already noted. */
    public void uploadStarted(BatchNumber number) {
        Objects.requireNonNull(number, "batch number");
        if (!number.equals(uploadingBatchNumber)) {
            uploadingBatchNumber = number;
        }
    }

    /** The upload of that batch ended (upload end) or was abandoned (disconnect). */
    public void uploadEnded(BatchNumber number) {
        if (number.equals(uploadingBatchNumber)) {
            uploadingBatchNumber = null;
        }
    }

    public Optional<BatchNumber> getUploadingBatchNumber() {
        return Optional.ofNullable(uploadingBatchNumber);
    }

    /**
     * A new MAC key waits here until the terminal uses it. A rotation already waiting is kept: the
     * terminal may have received that key in a sign-on reply already, and replacing it would leave
     * the terminal with a key posdesk no longer accepts.
     *
     * @return whether this key was staged (false when a rotation was already pending)
     */
    public boolean stageMacKey(byte[] encryptedKey, Instant at) {
        byte[] key = requireKey(encryptedKey, "pending MAK");
        if (makPendingEncrypted != null) {
            return false;
        }
        makPendingEncrypted = key;
        makPendingSince = Objects.requireNonNull(at, "at");
        return true;
    }

    /** Whether the MAC key in use has served longer than {@code maxAge} at {@code now}. */
    public boolean isMacKeyOlderThan(Duration maxAge, Instant now) {
        return getMacKeyActivatedAt().plus(maxAge).isBefore(now);
    }

    public Instant getMacKeyActivatedAt() {
        return makActivatedAt == null ? createdAt : makActivatedAt;
    }

    public Optional<Instant> getMacKeyPendingSince() {
        return makPendingEncrypted == null ? Optional.empty() : Optional.ofNullable(makPendingSince);
    }

    public boolean hasPendingMacKey() {
        return makPendingEncrypted != null;
    }

    public void activatePendingMacKey(Instant at) {
        if (makPendingEncrypted == null) {
            throw new IllegalStateException("terminal " + tid + " has no pending MAC key");
        }
        makEncrypted = makPendingEncrypted;
        makPendingEncrypted = null;
        makPendingSince = null;
        makActivatedAt = Objects.requireNonNull(at, "at");
    }

    public void replaceMasterKey(byte[] encryptedKey) {
        tmkEncrypted = requireKey(encryptedKey, "TMK");
    }

    /** Sets the MAK directly, outside a rotation (a key ceremony, or the demo's derived keys). */
    public void replaceMacKey(byte[] encryptedKey) {
        makEncrypted = requireKey(encryptedKey, "MAK");
        makPendingEncrypted = null;
        makPendingSince = null;
    }

    public void relocate(long newMerchantId, long newStoreId) {
        merchantId = newMerchantId;
        storeId = newStoreId;
    }

    private static byte[] requireKey(byte[] key, String what) {
        if (key == null || key.length == 0 || key.length > 256) {
            throw new IllegalArgumentException(what + " must be 1..256 encrypted bytes");
        }
        return key.clone();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Tid getTid() {
        return tid;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getModel() {
        return model;
    }

    public byte[] getTmkEncrypted() {
        return tmkEncrypted.clone();
    }

    public byte[] getMakEncrypted() {
        return makEncrypted.clone();
    }

    public Optional<byte[]> getMakPendingEncrypted() {
        return Optional.ofNullable(makPendingEncrypted).map(byte[]::clone);
    }

    public BatchNumber getCurrentBatchNumber() {
        return currentBatchNumber;
    }

    public int getHeartbeatIntervalSeconds() {
        return heartbeatIntervalSeconds;
    }

    public Optional<Instant> getLastContactAt() {
        return Optional.ofNullable(lastContactAt);
    }

    public Optional<String> getLastContactNode() {
        return Optional.ofNullable(lastContactNode);
    }

    public boolean isConnected() {
        return connected;
    }

    public Optional<Instant> getOnlineUntil() {
        return Optional.ofNullable(onlineUntil);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Terminal other && tid.equals(other.tid);
    }

    @Override
    public int hashCode() {
        return tid.hashCode();
    }

    @Override
    public String toString() {
        return "Terminal " + tid;
    }
}
