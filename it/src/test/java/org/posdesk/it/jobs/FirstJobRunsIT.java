package org.posdesk.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.infrastructure.scheduling.JobRuns;
import org.posdesk.it.Deployments;

/**
 * Jobs that run for the first time together, as every job does on a fresh database, each record
 * their run: before the fix, their locking reads of rows not yet there took gap locks and their
 * inserts deadlocked, losing the records of all but one.
 */
@ExtendWith(ArquillianExtension.class)
class FirstJobRunsIT {

    private static final int JOBS = 8;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(FirstJobRunsIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private JobRuns runs;

    @Test
    void jobsRecordingTheirFirstRunsAtOnceAreAllRecorded() throws Exception {
        String prefix = "it-first-" + Long.toString(System.nanoTime(), 36) + "-";
        CyclicBarrier together = new CyclicBarrier(JOBS);
        ExecutorService pool = Executors.newFixedThreadPool(JOBS);
        try {
            List<Future<?>> recorded = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                String name = prefix + i;
                recorded.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    Instant now = Instant.now();
                    runs.record(name, "it-node", now, now, true, "first run");
                    return null;
                }));
            }
            for (Future<?> f : recorded) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(runsRecorded(prefix)).as("each job's first run, once").hasSize(JOBS).containsOnly(1L);

            Instant now = Instant.now();
            runs.record(prefix + 0, "it-node", now, now, false, "second run");
            assertThat(runsRecorded(prefix + 0)).as("a later run counts on the same row").containsExactly(2L);
        } finally {
            pool.shutdownNow();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("delete from job_run where name like ?")) {
                s.setString(1, prefix + "%");
                s.executeUpdate();
            }
        }
    }

    private List<Long> runsRecorded(String prefix) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select runs from job_run where name like ? order by name")) {
            s.setString(1, prefix + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getLong(1));
                }
            }
        }
        return found;
    }
}
