package org.posdesk.domain.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.posdesk.domain.shared.AbstractEntity;

/** A note on a case. Internal notes are for help-desk staff and never shown to the merchant. */
@Entity
@Table(name = "case_note")
public class CaseNote extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private MissingOrderCase missingOrderCase;

    @Column(name = "author", nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "internal", nullable = false, updatable = false)
    private boolean internal;

    @Column(name = "body", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String body;

    protected CaseNote() {
    }

    CaseNote(MissingOrderCase missingOrderCase, String author, Instant writtenAt, boolean internal, String body) {
        this.missingOrderCase = missingOrderCase;
        this.author = author;
        this.writtenAt = writtenAt;
        this.internal = internal;
        this.body = body;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public boolean isInternal() {
        return internal;
    }

    public String getBody() {
        return body;
    }
}
