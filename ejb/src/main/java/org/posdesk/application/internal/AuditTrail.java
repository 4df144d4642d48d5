package org.posdesk.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.posdesk.domain.audit.AuditEntry;
import org.posdesk.domain.audit.AuditRepository;

/**
 * Appends audit entries, each chained to the one before by hash. It joins the caller's
 * transaction: an action and its audit entry are committed together or not at all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";

    @Inject
    private AuditRepository entries;

    private final Clock clock = Clock.systemUTC();

    public void record(String username, String event, String outcome, String origin,
                       String targetType, String targetId, String detail) {
        AuditEntry.Content content = new AuditEntry.Content(clock.instant(), username, event, outcome, origin,
                targetType, targetId, detail);
        entries.append(AuditEntry.following(entries.latest(), content));
    }
}
