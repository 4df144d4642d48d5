package org.posdesk.connector;

/** A handle on this node's terminal connections; close it (try-with-resources) when done. */
public interface TerminalConnection extends AutoCloseable {

    /** Whether this node holds an open connection of the terminal. */
    boolean isConnected(String tid);

    /**
     * Offers a stored, committed command to the terminal's connection on this node.
     *
     * @return true when this node holds the connection: the command then goes out after the reply
     *         to the terminal's next request; false when it does not (the command waits in the
     *         database for the terminal's next sign-on or heartbeat, on whichever node)
     */
    boolean offerCommand(String tid);

    /** Whether this node's terminal listener is bound and accepting connections. */
    boolean isListening();

    /** How many terminals hold a connection to this node now. */
    int connectedTerminals();

    @Override
    void close();
}
