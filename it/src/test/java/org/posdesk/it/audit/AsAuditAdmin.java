package org.posdesk.it.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.posdesk.application.audit.AuditLog;
import org.posdesk.application.audit.ChainReport;

/** Runs the verification as {@link AuditChainIT#ADMIN}. */
@Stateless
@PermitAll
@RunAs("ADMIN")
@RunAsPrincipal(AuditChainIT.ADMIN)
public class AsAuditAdmin {

    @EJB
    private AuditLog auditLog;

    public ChainReport verify() {
        return auditLog.verify();
    }
}
