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
        // Never a locking read of a row that is not there yet: it takes a gap lock, and two jobs
        // recording their first runs at once each waited to insert into the other's gap (a
        // deadlock at every fresh start, losing both records). A plain read asks; the row is made
        // by an insert that blocks no other name; only then is it locked, and read fresh.
        Number present = (Number) em.createNativeQuery("SELECT COUNT(*) FROM job_run WHERE name = ?1")
                .setParameter(1, name).getSingleResult();
        if (present.intValue() == 0) {
            em.createNativeQuery("INSERT IGNORE INTO job_run (name) VALUES (?1)").setParameter(1, name).executeUpdate();
        }
        return em.find(JobRun.class, name, LockModeType.PESSIMISTIC_WRITE);
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
