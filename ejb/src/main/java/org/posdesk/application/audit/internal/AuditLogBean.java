package org.posdesk.application.audit.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.audit.AuditCursor;
import org.posdesk.application.audit.AuditFilter;
import org.posdesk.application.audit.AuditLog;
import org.posdesk.application.audit.AuditPage;
import org.posdesk.application.audit.AuditRow;
import org.posdesk.application.audit.ChainReport;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.domain.audit.AuditEntry;
import org.posdesk.domain.audit.AuditQuery;
import org.posdesk.domain.audit.AuditRepository;
import org.posdesk.domain.user.Role;

/**
 * The audit trail is for administrators alone: it names every merchant's users and addresses.
 * Anyone else gets the same "not found" as for another merchant's things.
 */
@Stateless
public class AuditLogBean implements AuditLog {

    static final String EXPORT_EVENT = "AUDIT_EXPORT";
    private static final int VERIFY_PAGE = 1000;

    @Inject
    private AccessPolicy access;
    @Inject
    private AuditRepository entries;
    @EJB
    private AuditTrail audit;

    @Override
    public AuditPage search(AuditFilter filter, AuditCursor after, int max) {
        requireAdmin();
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        AuditQuery.Cursor cursor = after == null ? null : new AuditQuery.Cursor(after.occurredAt(), after.id());
        // One row more than asked tells whether a next page exists, without counting.
        var found = entries.search(query(filter), cursor, size + 1);
        var rows = found.stream().limit(size).map(AuditLogBean::row).toList();
        AuditRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new AuditPage(rows, found.size() > size ? new AuditCursor(last.occurredAt(), last.id()) : null);
    }

    @Override
    public void exporting(AuditFilter filter) {
        String admin = requireAdmin();
        String selection = query(filter).toString();
        audit.record(admin, EXPORT_EVENT, AuditTrail.SUCCESS, null, "audit", "csv",
                selection.length() > 1000 ? selection.substring(0, 1000) : selection);
    }

    @Override
    // A walk over millions of entries outlasts any transaction timeout; each page is its own read.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainReport verify() {
        requireAdmin();
        return new ChainVerifier(after -> entries.chainAfter(after, VERIFY_PAGE), entries::head).verify();
    }

    private String requireAdmin() {
        var viewer = access.viewer();
        if (viewer.role() != Role.ADMIN) {
            throw new AccessDeniedException("not found");
        }
        return viewer.username();
    }

    private static AuditQuery query(AuditFilter f) {
        return new AuditQuery(f.from(), f.to(), f.username(), f.event(), f.outcome(), f.targetType(), f.targetId());
    }

    private static AuditRow row(AuditEntry e) {
        return new AuditRow(e.getId(), e.getChainPosition(), e.getOccurredAt(), e.getUsername().orElse(null),
                e.getEvent(), e.getOutcome(), e.getOrigin().orElse(null), e.getTargetType().orElse(null),
                e.getTargetId().orElse(null), e.getDetail().orElse(null));
    }
}
