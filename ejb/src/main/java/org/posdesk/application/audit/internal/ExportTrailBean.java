package org.posdesk.application.audit.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import org.posdesk.application.audit.ExportTrail;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;

@Stateless
public class ExportTrailBean implements ExportTrail {

    private static final int MAX_DETAIL = 1000;

    @Inject
    private AccessPolicy access;
    @EJB
    private AuditTrail audit;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void exported(String what, String selection) {
        String detail = selection == null || selection.length() <= MAX_DETAIL ? selection
                : selection.substring(0, MAX_DETAIL);
        audit.record(access.viewer().username(), "EXPORT_" + what.toUpperCase(Locale.ROOT), AuditTrail.SUCCESS, null,
                "export", what, detail);
    }
}
