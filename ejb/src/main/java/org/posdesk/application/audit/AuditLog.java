package org.posdesk.application.audit;

import jakarta.ejb.Local;

/** The audit trail for administrators. Everyone else is refused with "not found". */
@Local
public interface AuditLog {

    int MAX_PAGE = 200;

    AuditPage search(AuditFilter filter, AuditCursor after, int max);

    /** Records that the caller takes out what {@code filter} selects; call before the first row leaves. */
    void exporting(AuditFilter filter);

    /** Recomputes every hash in chain order and reports the first altered, unlinked or missing entry. */
    ChainReport verify();
}
