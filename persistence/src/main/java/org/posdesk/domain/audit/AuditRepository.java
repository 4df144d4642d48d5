package org.posdesk.domain.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Append-only on purpose: there is no update or delete, and the database refuses both (triggers
 * of V11). An append locks the chain head in the caller's transaction, builds the next entry
 * after it and moves the head, so concurrent appends queue instead of racing for a position.
 */
public interface AuditRepository {

    /**
     * Locks the chain head until the caller's transaction ends, builds the next entry from it with
     * {@code next}, stores it and moves the head past it.
     */
    AuditEntry append(Function<ChainHead, AuditEntry> next);

    /** The chain head as committed, without locking it. */
    ChainHead head();

    Optional<AuditEntry> latest();

    /** Up to {@code max} entries in chain order, from the first position after {@code after}. */
    List<AuditEntry> chainAfter(long after, int max);

    /** One page of what {@code query} selects, newest first, after {@code cursor} (null: from the newest). */
    List<AuditEntry> search(AuditQuery query, AuditQuery.Cursor cursor, int max);
}
