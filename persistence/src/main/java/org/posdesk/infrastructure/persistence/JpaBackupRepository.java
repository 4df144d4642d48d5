package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.backup.Backup;
import org.posdesk.domain.backup.BackupRepository;
import org.posdesk.domain.backup.BackupState;

@ApplicationScoped
public class JpaBackupRepository implements BackupRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public void add(Backup backup) {
        em.persist(backup);
    }

    @Override
    public Optional<Backup> find(long id) {
        return Optional.ofNullable(em.find(Backup.class, id));
    }

    @Override
    public List<Backup> newestFirst(Instant beforeStartedAt, Long beforeId, int max) {
        // Keyset on ix_backup_started (started_at, id), read backwards.
        String where = beforeStartedAt == null ? ""
                : " where b.startedAt < :at or (b.startedAt = :at and b.id < :id)";
        var query = em.createQuery("select b from Backup b" + where + " order by b.startedAt desc, b.id desc",
                Backup.class).setMaxResults(max);
        if (beforeStartedAt != null) {
            query.setParameter("at", beforeStartedAt).setParameter("id", beforeId);
        }
        return query.getResultList();
    }

    @Override
    public List<Backup> unsettled() {
        return em.createQuery("select b from Backup b where b.state in :states order by b.startedAt", Backup.class)
                .setParameter("states", List.of(BackupState.RUNNING, BackupState.DUMPED, BackupState.VERIFYING))
                .getResultList();
    }

    @Override
    public List<Backup> withFiles() {
        return em.createQuery("select b from Backup b where b.removedAt is null order by b.startedAt", Backup.class)
                .getResultList();
    }
}
