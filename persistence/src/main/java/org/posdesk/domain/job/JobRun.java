package org.posdesk.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.Checks;

/** A scheduled job's last run, whichever cluster node ran it, and how many runs and failures so far. */
@Entity
@Table(name = "job_run")
public class JobRun {

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    @Id
    @Column(name = "name", nullable = false, updatable = false, length = 64)
    private String name;

    @Column(name = "runs", nullable = false)
    private long runs;

    @Column(name = "failures", nullable = false)
    private long failures;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "last_node", length = 64)
    private String lastNode;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "outcome", length = 16)
    private String outcome;

    @Column(name = "detail", length = 1000)
    private String detail;

    protected JobRun() {
    }

    public JobRun(String name) {
        this.name = Checks.notBlank(name, 64, "job name");
    }

    public void record(String node, Instant started, Instant finished, boolean succeeded, String what) {
        runs++;
        if (succeeded) {
            consecutiveFailures = 0;
        } else {
            failures++;
            consecutiveFailures++;
        }
        lastNode = Checks.notBlank(node, 64, "node");
        startedAt = Objects.requireNonNull(started, "started");
        finishedAt = Objects.requireNonNull(finished, "finished");
        outcome = succeeded ? SUCCEEDED : FAILED;
        detail = what == null || what.length() <= 1000 ? what : what.substring(0, 1000);
    }

    public String getName() {
        return name;
    }

    public long getRuns() {
        return runs;
    }

    public long getFailures() {
        return failures;
    }

    /** Failed runs since the last that succeeded. */
    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public Optional<String> getLastNode() {
        return Optional.ofNullable(lastNode);
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<String> getOutcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }
}
