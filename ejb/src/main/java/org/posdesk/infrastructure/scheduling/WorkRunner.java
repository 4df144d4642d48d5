package org.posdesk.infrastructure.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs a named job's work and records the run, whatever its outcome. */
final class WorkRunner {

    private static final Logger LOG = Logger.getLogger(WorkRunner.class.getName());

    private final Map<String, ScheduledWork> works;
    private final JobRuns runs;
    private final String node;
    private final Clock clock = Clock.systemUTC();

    WorkRunner(Map<String, ScheduledWork> works, JobRuns runs, String node) {
        this.works = Map.copyOf(works);
        this.runs = runs;
        this.node = node;
    }

    void run(String name, String requestedBy) {
        ScheduledWork work = works.get(name);
        if (work == null) {
            // A job another node's newer build scheduled: that node will run it.
            throw new IllegalStateException("no scheduled work named " + name + " on " + node);
        }
        Instant started = clock.instant();
        try {
            String summary = work.run(requestedBy);
            runs.record(name, node, started, clock.instant(), true, summary);
            LOG.fine(() -> name + " on " + node + ": " + summary);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed on " + node + "; the next run tries again", e);
            runs.record(name, node, started, clock.instant(), false, String.valueOf(e));
            throw e;
        }
    }
}
