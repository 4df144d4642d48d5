package org.posdesk.infrastructure.terminal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.posdesk.connector.TerminalConnection;
import org.posdesk.connector.TerminalConnectionFactory;

/**
 * Offers a newly stored host command to the terminal's connection, if this node holds it, once
 * the command is committed: offered earlier, the terminal's next request could look for the
 * command before it exists. Offering is only a shortcut — the stored command goes out after the
 * terminal's next sign-on or heartbeat anyway — so a failure here is logged, never thrown.
 */
@ApplicationScoped
public class CommandOffers {

    private static final Logger LOG = Logger.getLogger(CommandOffers.class.getName());

    @Resource(lookup = TerminalConnectionFactory.JNDI_NAME)
    private TerminalConnectionFactory connections;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public void offerAfterCommit(String tid) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            offer(tid);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Only the outcome matters.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    offer(tid);
                }
            }
        });
    }

    private void offer(String tid) {
        try (TerminalConnection connection = connections.getConnection()) {
            boolean here = connection.offerCommand(tid);
            LOG.fine(() -> "command for " + tid + (here ? " offered to its connection on this node"
                    : " waits for its next sign-on or heartbeat (not connected to this node)"));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not offer the command for " + tid + " to its connection; it waits for the"
                    + " terminal's next sign-on or heartbeat", e);
        }
    }
}
