package org.posdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.posdesk.domain.anomaly.AnomalyRepository;
import org.posdesk.domain.anomaly.AnomalyRules;
import org.posdesk.domain.anomaly.TransactionAnomaly;

@ApplicationScoped
public class JpaAnomalyRepository implements AnomalyRepository {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    @Override
    public Optional<AnomalyRules> findRules(long merchantId) {
        return findRules(List.of(merchantId)).values().stream().findFirst();
    }

    @Override
    public Map<Long, AnomalyRules> findRules(Collection<Long> merchantIds) {
        Map<Long, AnomalyRules> byMerchant = new HashMap<>();
        if (merchantIds.isEmpty()) {
            return byMerchant;
        }
        em.createNamedQuery("AnomalyRules.findByMerchants", AnomalyRules.class)
                .setParameter("merchantIds", merchantIds).getResultList()
                .forEach(rules -> byMerchant.put(rules.getMerchantId(), rules));
        return byMerchant;
    }

    @Override
    public void addRules(AnomalyRules rules) {
        em.persist(rules);
    }

    @Override
    public void addFlag(TransactionAnomaly flag) {
        em.persist(flag);
    }

    @Override
    public List<TransactionAnomaly> flagsOf(Collection<Long> transactionIds) {
        if (transactionIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("TransactionAnomaly.findByTransactions", TransactionAnomaly.class)
                .setParameter("ids", transactionIds).getResultList();
    }
}
