package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.job.JobRepository;
import org.posdesk.domain.job.JobRun;
import org.posdesk.domain.job.Watermark;

@ApplicationScoped
public class JpaJobRepository implements JobRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public Watermark lockWatermark(String name, Instant start, Instant now) {
        Watermark mark = em.find(Watermark.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (mark != null) {
            return mark;
        }
        // The first run anywhere: insert the row (a concurrent first run on another node fails
        // on the primary key, rolls back and is simply run again next time).
        mark = new Watermark(name, start, now);
        em.persist(mark);
        em.flush();
        return mark;
    }

    @Override
    public JobRun lockRun(String name) {
        JobRun run = em.find(JobRun.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            run = new JobRun(name);
            em.persist(run);
        }
        return run;
    }

    @Override
    public Optional<JobRun> findRun(String name) {
        return Optional.ofNullable(em.find(JobRun.class, name));
    }

    @Override
    public List<JobRun> runs() {
        return em.createQuery("select r from JobRun r order by r.name", JobRun.class).getResultList();
    }
}
