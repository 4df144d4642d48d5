package org.posdesk.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.posdesk.application.RequestOrigin;
import org.posdesk.domain.audit.AuditEntry;
import org.posdesk.domain.audit.AuditRepository;

/**
 * Appends audit entries, each chained to the one before by hash. It joins the caller's
 * transaction: an action and its audit entry are committed together or not at all. Appends
 * queue on the chain head's row lock until the transaction ends, so an audited transaction should
 * record its entry last (after its other locks) and commit soon. A transaction that has recorded
 * must not then call a REQUIRES_NEW audit (as ImportRefusals does) on the same thread: the new
 * transaction would wait for the head lock its own suspended caller holds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";

    @Inject
    private AuditRepository entries;

    private static final Logger LOG = Logger.getLogger("org.posdesk.audit");

    private final Clock clock = Clock.systemUTC();

    /**
     * @param origin the client's address; null takes the address of the request this thread
     *               serves (see {@link RequestOrigin}), and stays null for jobs and terminals
     */
    public void record(String username, String event, String outcome, String origin,
                       String targetType, String targetId, String detail) {
        String from = origin != null ? origin : RequestOrigin.current();
        // One log line per audited event, with the request's context; the detail stays in the trail.
        // A failed event may carry whatever was typed as a name (a password, now and then): only
        // the trail keeps that, the log names who succeeded.
        String who = SUCCESS.equals(outcome) ? username : "(name as typed: see the audit trail)";
        String what = SUCCESS.equals(outcome) ? targetType + " " + targetId : targetType;
        LOG.info(() -> "audit " + event + " " + outcome + " by " + who + " on " + what
                + (from == null ? "" : " from " + from));
        entries.append(head -> AuditEntry.following(head, new AuditEntry.Content(clock.instant(), username, event,
                outcome, from, targetType, targetId, detail)));
    }
}
