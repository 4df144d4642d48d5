package org.posdesk.interfaces.terminal;

import jakarta.annotation.Resource;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.posdesk.application.LogContext;
import org.posdesk.application.metrics.TerminalTraffic;
import org.posdesk.application.terminal.TerminalGateway;
import org.posdesk.connector.TerminalMessageListener;
import org.posdesk.connector.codec.IsoMessage;
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

    @Inject
    private TerminalTraffic traffic;

    @Resource
    private TransactionSynchronizationRegistry transactions;

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
            try (LogContext ignored = logContext(request)) {
                replies.add(gateway.handle(request));
            }
        }
        countAtCompletion(requests, replies);
        return replies;
    }

    /** Identifiers only: the PAN never leaves the decoder unmasked, and is not put here anyway. */
    private static LogContext logContext(TerminalRequest request) {
        IsoMessage message = request.message();
        if (message == null) {
            return LogContext.terminal(request.tid(), null, null, null);
        }
        String batch = message.text(60).filter(f -> f.length() >= 8).map(f -> f.substring(2, 8)).orElse(null);
        return LogContext.terminal(message.text(41).orElse(null), message.mti(), message.text(11).orElse(null), batch);
    }

    /** The answers go out only after commit, so that is when they count (metrics). */
    private void countAtCompletion(List<TerminalRequest> requests, List<TerminalReply> replies) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Only the outcome matters.
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    traffic.rolledBack(requests.size());
                    return;
                }
                Instant committed = Instant.now();
                for (int i = 0; i < requests.size(); i++) {
                    TerminalRequest request = requests.get(i);
                    if (request.message() == null) {
                        continue;
                    }
                    TerminalReply reply = replies.get(i);
                    String code = reply.message() == null ? null : reply.message().text(39).orElse(null);
                    traffic.committed(request.message().mti(), code, Duration.between(request.receivedAt(), committed));
                }
            }
        });
    }
}
