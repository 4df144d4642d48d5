package org.posdesk.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.posdesk.domain.shared.Checks;

/**
 * How far an incremental job has read a table, as (time, id): the rows after it in that order are
 * new. Moved in the transaction that does the work, so a failed run leaves it where it was.
 */
@Entity
@Table(name = "job_watermark")
public class Watermark {

    @Id
    @Column(name = "name", nullable = false, updatable = false, length = 64)
    private String name;

    @Column(name = "position_time", nullable = false)
    private Instant positionTime;

    @Column(name = "position_id", nullable = false)
    private long positionId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Watermark() {
    }

    public Watermark(String name, Instant start, Instant at) {
        this.name = Checks.notBlank(name, 64, "watermark name");
        this.positionTime = Objects.requireNonNull(start, "start");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** Moves forward only: a run that read nothing new, or an older position, leaves it. */
    public void advance(Instant time, long id, Instant at) {
        if (time.isAfter(positionTime) || time.equals(positionTime) && id > positionId) {
            positionTime = time;
            positionId = id;
        }
        updatedAt = at;
    }

    public String getName() {
        return name;
    }

    public Instant getPositionTime() {
        return positionTime;
    }

    public long getPositionId() {
        return positionId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
