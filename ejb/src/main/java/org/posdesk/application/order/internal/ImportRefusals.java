package org.posdesk.application.order.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.posdesk.application.internal.AuditTrail;

/**
 * Audits a refused import in a transaction of its own: the import's transaction rolls back,
 * and the attempt must not vanish with it.
 */
@Stateless
public class ImportRefusals {

    @Inject
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String username, String origin, long merchantId, String detail) {
        audit.record(username, OrderImportBean.EVENT, AuditTrail.FAILURE, origin, "merchant",
                Long.toString(merchantId), detail);
    }
}
