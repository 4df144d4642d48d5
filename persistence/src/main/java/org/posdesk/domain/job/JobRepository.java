package org.posdesk.domain.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Watermarks and run records of the scheduled jobs. */
public interface JobRepository {

    /**
     * The named watermark, created at {@code start} if there is none yet, locked for the rest of the
     * transaction: two runs of the same job (two nodes, or a run started by hand beside Quartz's)
     * then take turns instead of doing the same work twice or failing on each other's updates.
     */
    Watermark lockWatermark(String name, Instant start, Instant now);

    /** The run record, created empty if the job never ran, locked for the rest of the transaction. */
    JobRun lockRun(String name);

    Optional<JobRun> findRun(String name);

    List<JobRun> runs();
}
