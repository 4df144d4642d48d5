package org.posdesk.domain.audit;

import java.util.Optional;

/**
 * Append-only on purpose: there is no update or delete. Callers read {@link #latest()}, build
 * the next entry with {@link AuditEntry#following}, and append it in the same transaction; a
 * concurrent append after the same head fails on the unique chain position and is retried.
 */
public interface AuditRepository {

    void append(AuditEntry entry);

    Optional<AuditEntry> latest();

    Optional<String> latestHash();
}
