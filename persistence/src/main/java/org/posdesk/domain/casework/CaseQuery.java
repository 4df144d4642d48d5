package org.posdesk.domain.casework;

import java.time.Instant;

/**
 * One page of the case queue, oldest first, by keyset on (opened_at, id).
 *
 * @param merchantId     null: every merchant (staff)
 * @param storeIds       empty: any store; else only cases of these stores (a user confined to some)
 * @param state          null: every case still to work (not RESOLVED)
 * @param assignee       null: anyone's
 * @param openedBefore   null: any age; else only cases opened before (older than) this
 * @param slaBreachedAt  null: any; else only unresolved cases whose SLA deadline passed before this
 * @param after          null: the first page
 */
public record CaseQuery(Long merchantId, java.util.Set<Long> storeIds, CaseState state, String assignee, Instant openedBefore,
                        Instant slaBreachedAt, After after) {

    public CaseQuery {
        storeIds = storeIds == null ? java.util.Set.of() : java.util.Set.copyOf(storeIds);
    }

    public record After(Instant openedAt, long id) {
    }
}
