package org.posdesk.interfaces.terminal;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.posdesk.application.terminal.TerminalGateway;
import org.posdesk.connector.TerminalMessageListener;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.TerminalRequest;

/**
 * Receives the terminal adapter's requests. Every request of a delivery is processed in the one
 * container transaction of this call; an exception from any of them rolls all of them back, and
 * the adapter then delivers each alone (and answers 96 to one that fails again).
 */
@MessageDriven(messageListenerInterface = TerminalMessageListener.class, activationConfig = {})
@ResourceAdapter("posdesk-terminals")
public class TerminalMessageBean implements TerminalMessageListener {

    @Inject
    private TerminalGateway gateway;

    @PersistenceContext(unitName = "posdesk")
    private EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<TerminalReply> onRequests(List<TerminalRequest> requests) {
        // Flush once, at commit, so the inserts of all requests go to MariaDB as JDBC batches.
        // Queries need not see this transaction's own writes: a delivery never holds two requests
        // of one connection, and if two connections claim one TID the unique keys refuse the
        // commit, and the adapter then delivers each request alone.
        em.setFlushMode(FlushModeType.COMMIT);
        gateway.prepare(requests);
        List<TerminalReply> replies = new ArrayList<>(requests.size());
        for (TerminalRequest request : requests) {
            replies.add(gateway.handle(request));
        }
        return replies;
    }
}
