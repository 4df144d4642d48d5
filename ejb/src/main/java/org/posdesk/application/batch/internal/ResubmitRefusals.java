package org.posdesk.application.batch.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.posdesk.application.internal.AuditTrail;

/**
 * Audits a refused resubmission in a transaction of its own: the request's transaction rolls
 * back with the refusal, and the attempt must not vanish with it. The caller must not have
 * appended to the audit trail yet (it would hold the chain head this transaction waits for).
 */
@Stateless
public class ResubmitRefusals {

    @EJB
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String username, long batchId, String detail) {
        audit.record(username, BatchDeskBean.AUDIT_EVENT, AuditTrail.FAILURE, null, "batch", String.valueOf(batchId),
                detail);
    }
}
