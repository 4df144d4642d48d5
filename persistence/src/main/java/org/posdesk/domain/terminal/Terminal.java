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
            if (lastContactAt != null && !kind.endsConnection()
                    && Duration.between(lastContactAt, at).compareTo(allowance()) > 0) {
                gap = Optional.of(OfflineGap.closed(id, lastContactAt, at));
            }
            lastContactAt = at;
            lastContactNode = node;
            connected = !kind.endsConnection();
            onlineUntil = at.plus(allowance());
        }
        return new RecordedContact(contact, gap);
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

    /** A new MAC key waits here until the terminal has received it in a sign-on reply. */
    public void stageMacKey(byte[] encryptedKey) {
        makPendingEncrypted = requireKey(encryptedKey, "pending MAK");
    }

    public boolean hasPendingMacKey() {
        return makPendingEncrypted != null;
    }

    public void activatePendingMacKey() {
        if (makPendingEncrypted == null) {
            throw new IllegalStateException("terminal " + tid + " has no pending MAC key");
        }
        makEncrypted = makPendingEncrypted;
        makPendingEncrypted = null;
    }

    public void replaceMasterKey(byte[] encryptedKey) {
        tmkEncrypted = requireKey(encryptedKey, "TMK");
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
