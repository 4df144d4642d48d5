package org.posdesk.application.terminal;

import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.TerminalRequest;

/**
 * Processes one terminal request inside the caller's transaction and says what to answer.
 * Business outcomes (duplicates, unknown terminals, bad MACs, closed batches) are replies with a
 * response code; an exception means something unexpected failed and nothing may be committed.
 */
public interface TerminalGateway {

    TerminalReply handle(TerminalRequest request);

    /**
     * Looks up together what the requests of one delivery will need, before they are handled one
     * by one in the same transaction; an optimisation only, with no effect on any reply.
     */
    void prepare(java.util.List<TerminalRequest> requests);
}
