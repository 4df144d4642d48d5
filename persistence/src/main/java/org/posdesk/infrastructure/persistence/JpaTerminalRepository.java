package org.posdesk.infrastructure.persistence;

import java.util.Set;
import java.util.Collection;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.OfflineGap;
import org.posdesk.domain.terminal.RecordedContact;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;

@ApplicationScoped
public class JpaTerminalRepository implements TerminalRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Inject
    DeliveryLookups lookups;

    @Override
    public void add(Terminal terminal) {
        em.persist(terminal);
    }

    @Override
    public Optional<Terminal> findById(long id) {
        return Optional.ofNullable(em.find(Terminal.class, id));
    }

    @Override
    public Optional<Terminal> findByTid(Tid tid) {
        return lookups.find(new LookupKeys.TerminalByTid(tid), () -> Queries.single(
                em.createNamedQuery("Terminal.findByTid", Terminal.class).setParameter("tid", tid)));
    }

    @Override
    public void prefetchByTids(Collection<Tid> tids) {
        List<Tid> wanted = tids.stream().distinct()
                .filter(tid -> !lookups.has(new LookupKeys.TerminalByTid(tid))).toList();
        if (wanted.isEmpty()) {
            return;
        }
        for (Terminal terminal : em.createQuery("select t from Terminal t where t.tid in :tids", Terminal.class)
                .setParameter("tids", wanted).getResultList()) {
            lookups.found(new LookupKeys.TerminalByTid(terminal.getTid()), terminal);
        }
        wanted.forEach(tid -> lookups.absent(new LookupKeys.TerminalByTid(tid)));
    }

    @Override
    public void addContact(RecordedContact recorded) {
        em.persist(recorded.contact());
        recorded.gap().ifPresent(em::persist);
    }

    @Override
    public void addGap(OfflineGap gap) {
        em.persist(gap);
    }

    @Override
    public Optional<OfflineGap> findOpenGap(long terminalId) {
        return em.createNamedQuery("OfflineGap.findOpen", OfflineGap.class)
                .setParameter("terminalId", terminalId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<OfflineGap> findGapCovering(long terminalId, Instant at) {
        return em.createNamedQuery("OfflineGap.findCovering", OfflineGap.class)
                .setParameter("terminalId", terminalId).setParameter("at", at)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Terminal> listPage(Long merchantIdOrNullForAll, Tid after, int max) {
        StringBuilder jpql = new StringBuilder("select t from Terminal t where 1 = 1");
        if (merchantIdOrNullForAll != null) {
            jpql.append(" and t.merchantId = :merchantId");
        }
        if (after != null) {
            jpql.append(" and t.tid > :after");
        }
        TypedQuery<Terminal> query = em.createQuery(jpql.append(" order by t.tid").toString(), Terminal.class);
        if (merchantIdOrNullForAll != null) {
            query.setParameter("merchantId", merchantIdOrNullForAll);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public long countByMerchant(Long merchantIdOrNullForAll) {
        if (merchantIdOrNullForAll == null) {
            return em.createNamedQuery("Terminal.count", Long.class).getSingleResult();
        }
        return em.createNamedQuery("Terminal.countByMerchant", Long.class)
                .setParameter("merchantId", merchantIdOrNullForAll).getSingleResult();
    }

    @Override
    public long countInStores(Set<Long> storeIds) {
        return em.createQuery("select count(t) from Terminal t where t.storeId in :stores", Long.class)
                .setParameter("stores", storeIds).getSingleResult();
    }

    @Override
    public long countOnlineInStores(Set<Long> storeIds, Instant now) {
        return em.createQuery("select count(t) from Terminal t where t.storeId in :stores"
                        + " and t.connected = true and t.onlineUntil >= :now", Long.class)
                .setParameter("stores", storeIds).setParameter("now", now).getSingleResult();
    }

    @Override
    public long countOnlineByMerchant(Long merchantIdOrNullForAll, Instant now) {
        if (merchantIdOrNullForAll == null) {
            return em.createNamedQuery("Terminal.countOnline", Long.class).setParameter("now", now).getSingleResult();
        }
        return em.createNamedQuery("Terminal.countOnlineByMerchant", Long.class)
                .setParameter("merchantId", merchantIdOrNullForAll).setParameter("now", now).getSingleResult();
    }
}
