package org.posdesk.domain.statement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * One acquirer settlement file, equal by the SHA-256 of its content: the same content delivered
 * again is refused. A re-delivery with other content supersedes it (the import does that in bulk).
 */
@Entity
@Table(name = "statement")
@NamedQuery(name = "Statement.findByContentHash",
        query = "select s from Statement s where s.contentHash = :contentHash")
public class Statement extends VersionedEntity {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "acquirer", nullable = false, updatable = false, length = 32)
    private String acquirer;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "content_hash", nullable = false, unique = true, updatable = false, length = 64)
    private String contentHash;

    @Column(name = "clearing_date", nullable = false, updatable = false)
    private LocalDate clearingDate;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private StatementState state;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL)
    @OrderBy("lineNumber")
    private List<StatementLine> lines = new ArrayList<>();

    protected Statement() {
    }

    public Statement(String acquirer, String fileName, String contentHash, LocalDate clearingDate, Instant importedAt) {
        this.acquirer = Checks.notBlank(acquirer, 32, "acquirer");
        this.fileName = Checks.notBlank(fileName, 255, "file name");
        this.contentHash = Checks.matching(contentHash, SHA256_HEX, "content hash");
        this.clearingDate = Objects.requireNonNull(clearingDate, "clearing date");
        this.importedAt = Objects.requireNonNull(importedAt, "imported at");
        this.state = StatementState.IMPORTED;
    }

    public StatementLine addLine(LineData data) {
        requireState(StatementState.IMPORTED, StatementState.IMPORTED);
        StatementLine line = new StatementLine(this, data);
        lines.add(line);
        lineCount = lines.size();
        return line;
    }

    public void markMatched() {
        requireState(StatementState.IMPORTED, StatementState.MATCHED);
        state = StatementState.MATCHED;
    }

    public void reject() {
        requireState(StatementState.IMPORTED, StatementState.REJECTED);
        state = StatementState.REJECTED;
    }

    private void requireState(StatementState required, StatementState target) {
        if (state != required) {
            throw new IllegalTransitionException("statement " + fileName, state, target);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getAcquirer() {
        return acquirer;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentHash() {
        return contentHash;
    }

    public LocalDate getClearingDate() {
        return clearingDate;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public int getLineCount() {
        return lineCount;
    }

    public StatementState getState() {
        return state;
    }

    public List<StatementLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Statement other && contentHash.equals(other.contentHash);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }
}
