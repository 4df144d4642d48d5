package org.posdesk.connector;

import java.util.List;

/**
 * The inbound contract of the terminal resource adapter, implemented by a message-driven bean.
 * <p>
 * The adapter hands over requests of one or more terminals together, and the bean processes them
 * all in one container-managed transaction: when the call returns, everything is committed, and
 * only then does the adapter write the replies. Under load this commits many terminals' messages
 * at once; with one message waiting it is a plain request and reply.
 * <p>
 * Business outcomes (duplicates, unknown terminals, bad MACs, closed batches) are replies with a
 * response code, never exceptions. An exception means nothing was stored: the adapter then
 * delivers each request of the batch alone, and answers {@code 96} to one that fails again.
 */
public interface TerminalMessageListener {

    /** @return one reply per request, in the order of the requests */
    List<TerminalReply> onRequests(List<TerminalRequest> requests);
}
