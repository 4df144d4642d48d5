package org.posdesk.application.internal;

import java.util.Optional;
import java.util.Set;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.domain.user.Role;

/**
 * The caller as the access rules see them. A merchant user sees one merchant, and only some of
 * its stores when {@code storeIds} is not empty; agents and administrators see every merchant.
 */
public record Viewer(String username, Role role, Long merchantId, Set<Long> storeIds) {

    public Viewer {
        storeIds = Set.copyOf(storeIds);
        if (role == Role.MERCHANT && merchantId == null) {
            throw new IllegalArgumentException("merchant user " + username + " is bound to no merchant");
        }
    }

    /** The one merchant this caller is confined to, or empty when they see all. */
    public Optional<Long> merchantScope() {
        return role == Role.MERCHANT ? Optional.of(merchantId) : Optional.empty();
    }

    public boolean maySee(long merchant, long store) {
        if (role != Role.MERCHANT) {
            return true;
        }
        return merchantId == merchant && (storeIds.isEmpty() || storeIds.contains(store));
    }

    /**
     * Refuses a thing of another merchant or store. The message is the same whether the thing
     * exists elsewhere or not at all, so ids cannot be probed.
     */
    public void requireVisible(long merchant, long store) {
        if (!maySee(merchant, store)) {
            throw new AccessDeniedException("not found");
        }
    }
}
