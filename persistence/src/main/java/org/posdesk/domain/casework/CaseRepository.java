package org.posdesk.domain.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Missing-order cases for the case queue. */
public interface CaseRepository {

    void add(MissingOrderCase missingOrderCase);

    Optional<MissingOrderCase> findById(long id);

    /** Oldest first. @param merchantIdOrNullForAll null lists every merchant's cases */
    List<MissingOrderCase> listByStates(Long merchantIdOrNullForAll, Set<CaseState> states, int maxResults);
}
