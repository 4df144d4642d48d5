package org.posdesk.domain.backup;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * One backup file and what is known about it. It is good only when {@link BackupState#VERIFIED}:
 * the file was restored into a scratch database whose tables matched, row count and checksum, the
 * figures taken from the dump as it was written. Every state change leaves a history row.
 */
@Entity
@Table(name = "backup")
public class Backup extends VersionedEntity {

    private static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backup_seq")
    @SequenceGenerator(name = "backup_seq", sequenceName = "backup_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false, length = 128)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private BackupState state;

    /** Null for a scheduled backup. */
    @Column(name = "requested_by", updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "node", nullable = false, updatable = false, length = 128)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "dumped_at")
    private Instant dumpedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "dump_millis")
    private Long dumpMillis;

    @Column(name = "verify_millis")
    private Long verifyMillis;

    @Column(name = "table_count")
    private Integer tableCount;

    @Column(name = "row_count")
    private Long rowCount;

    @Column(name = "figures", columnDefinition = "MEDIUMTEXT")
    private String figures;

    @Column(name = "reason", length = REASON_LENGTH)
    private String reason;

    @Column(name = "removed_at")
    private Instant removedAt;

    @OneToMany(mappedBy = "backup", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("occurredAt, id")
    private List<BackupTransition> transitions = new ArrayList<>();

    protected Backup() {
    }

    private Backup(String fileName, String requestedBy, String node, Instant at) {
        this.fileName = Checks.notBlank(fileName, 128, "file name");
        this.requestedBy = requestedBy;
        this.node = Checks.notBlank(node, 128, "node");
        this.startedAt = Objects.requireNonNull(at, "at");
        move(BackupState.RUNNING, at, requestedBy == null ? "scheduled" : "requested by " + requestedBy);
    }

    public static Backup start(String fileName, String requestedBy, String node, Instant at) {
        return new Backup(fileName, requestedBy, node, at);
    }

    /** The dump is complete on disk; {@code figures} are the per-table figures of its snapshot. */
    public void dumped(long size, Duration took, int tables, long rows, String figures, Instant at) {
        require(BackupState.RUNNING, "dumped");
        this.sizeBytes = size;
        this.dumpMillis = took.toMillis();
        this.tableCount = tables;
        this.rowCount = rows;
        this.figures = Checks.notBlank(figures, Integer.MAX_VALUE, "figures");
        this.dumpedAt = at;
        move(BackupState.DUMPED, at, tables + " tables, " + rows + " rows, " + size + " bytes");
    }

    public void verifying(Instant at) {
        require(BackupState.DUMPED, "verifying");
        move(BackupState.VERIFYING, at, "restoring into the scratch database");
    }

    public void verified(Duration took, Instant at) {
        require(BackupState.VERIFYING, "verified");
        this.verifyMillis = took.toMillis();
        this.finishedAt = at;
        move(BackupState.VERIFIED, at, "every table matched");
    }

    /** Fails a backup that has not settled; a settled one keeps its outcome. */
    public void fail(String why, Duration verifyTook, Instant at) {
        if (state.isSettled()) {
            throw new IllegalStateException("backup " + fileName + " is already " + state);
        }
        this.reason = truncate(Checks.notBlank(why, Integer.MAX_VALUE, "reason"));
        if (state == BackupState.VERIFYING && verifyTook != null) {
            this.verifyMillis = verifyTook.toMillis();
        }
        this.finishedAt = at;
        move(BackupState.FAILED, at, reason);
    }

    /** Retention deleted the file; the record stays as history. */
    public void fileRemoved(Instant at) {
        if (removedAt == null) {
            removedAt = at;
        }
    }

    private void require(BackupState expected, String step) {
        if (state != expected) {
            throw new IllegalStateException("backup " + fileName + " cannot be " + step + " from " + state);
        }
    }

    private void move(BackupState to, Instant at, String cause) {
        transitions.add(new BackupTransition(this, state, to, at, truncate(cause)));
        state = to;
    }

    private static String truncate(String text) {
        return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public BackupState getState() {
        return state;
    }

    public boolean isVerified() {
        return state == BackupState.VERIFIED;
    }

    public Optional<String> getRequestedBy() {
        return Optional.ofNullable(requestedBy);
    }

    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<Long> getSizeBytes() {
        return Optional.ofNullable(sizeBytes);
    }

    public Optional<Duration> getDumpDuration() {
        return Optional.ofNullable(dumpMillis).map(Duration::ofMillis);
    }

    public Optional<Duration> getVerifyDuration() {
        return Optional.ofNullable(verifyMillis).map(Duration::ofMillis);
    }

    public Optional<Integer> getTableCount() {
        return Optional.ofNullable(tableCount);
    }

    public Optional<Long> getRowCount() {
        return Optional.ofNullable(rowCount);
    }

    public Optional<String> getFigures() {
        return Optional.ofNullable(figures);
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Instant> getRemovedAt() {
        return Optional.ofNullable(removedAt);
    }

    public List<BackupTransition> getTransitions() {
        return List.copyOf(transitions);
    }

    @Override
    public String toString() {
        return "Backup " + fileName + " (" + state + ")";
    }
}
