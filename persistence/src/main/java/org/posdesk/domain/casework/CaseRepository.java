package org.posdesk.domain.casework;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Missing-order cases for the case queue. */
public interface CaseRepository {

    void add(MissingOrderCase missingOrderCase);

    Optional<MissingOrderCase> findById(long id);

    /** The case locked for an action, so two agents acting at once are serialised. */
    Optional<MissingOrderCase> lockById(long id);

    Optional<MissingOrderCase> findByOpeningKey(String openingKey);

    /** Oldest first. @param merchantIdOrNullForAll null lists every merchant's cases */
    List<MissingOrderCase> listByStates(Long merchantIdOrNullForAll, Set<CaseState> states, int maxResults);

    /** One page of the queue (see {@link CaseQuery}). */
    List<MissingOrderCase> queue(CaseQuery query, int maxResults);

    /** Cases still to work, per state. @param merchantIdOrNullForAll null counts every merchant's */
    Map<CaseState, Long> countActiveByState(Long merchantIdOrNullForAll);

    /** The TIDs of these terminals, for listing cases without a query per row. */
    Map<Long, String> tidsOf(java.util.Collection<Long> terminalIds);

    /** The names of these merchants, for listing cases without a query per row. */
    Map<Long, String> merchantNamesOf(java.util.Collection<Long> merchantIds);

    /** How long a case of a merchant of this tier may wait for its resolution. */
    Duration slaFor(String tier);
}
