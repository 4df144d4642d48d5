package org.posdesk.application.jobs;

import java.time.Instant;

/** One job on the jobs page. {@code lastOutcome} is null for a job that never ran. */
public record JobView(String name, Instant nextFireTime, boolean paused, String lastOutcome, Instant lastStarted,
                      Instant lastFinished, Long lastDurationMillis, String lastNode, String lastDetail, long runs,
                      long failures) {
}
