package org.posdesk.application.search.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.posdesk.application.internal.AuditTrail;

/**
 * The audit entry of an export written in the caller's thread. That export runs outside any
 * transaction (a million rows outlast a transaction timeout), so its entry gets one of its own,
 * committed before the first row leaves.
 */
@Stateless
public class ExportAudit {

    @EJB
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void exported(String username, String format, String selection) {
        audit.record(username, "EXPORT_TRANSACTIONS", AuditTrail.SUCCESS, null, "export", "stream",
                format + " " + selection);
    }
}
