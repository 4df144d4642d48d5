package org.posdesk.application.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.posdesk.application.search.ExportStatus;

/**
 * The background exports of this node, kept for an hour so their owners can fetch the files. A
 * page polls the node that started its export (sessions are sticky), so nothing is shared across
 * nodes; a restart forgets them, and the user exports again.
 */
@ApplicationScoped
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());
    static final Duration KEPT_FOR = Duration.ofHours(1);

    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

    public void add(ExportJob job) {
        purgeOlderThan(job.startedAt.minus(KEPT_FOR));
        jobs.put(job.id, job);
    }

    /** The job if it exists and belongs to {@code owner}; otherwise nothing, either way alike. */
    public Optional<ExportJob> find(String id, String owner) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(job -> job.owner.equals(owner));
    }

    private void purgeOlderThan(Instant limit) {
        jobs.values().removeIf(job -> {
            if (job.startedAt.isAfter(limit) || job.state() == ExportStatus.State.RUNNING) {
                return false;
            }
            try {
                Files.deleteIfExists(job.file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete the export file " + job.file, e);
            }
            return true;
        });
    }
}
