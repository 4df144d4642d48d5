package org.posdesk.domain.anomaly;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Merchants' anomaly thresholds and the reasons entries were flagged for. */
public interface AnomalyRepository {

    Optional<AnomalyRules> findRules(long merchantId);

    /** Each merchant's stored rules; a merchant missing from the map uses {@link AnomalyRules#defaults}. */
    Map<Long, AnomalyRules> findRules(Collection<Long> merchantIds);

    void addRules(AnomalyRules rules);

    void addFlag(TransactionAnomaly flag);

    List<TransactionAnomaly> flagsOf(Collection<Long> transactionIds);
}
