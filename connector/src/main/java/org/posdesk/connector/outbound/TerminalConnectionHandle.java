package org.posdesk.connector.outbound;

import org.posdesk.connector.TerminalConnection;

/** What application code holds: a handle on a pooled {@link TerminalManagedConnection}. */
public final class TerminalConnectionHandle implements TerminalConnection {

    private volatile TerminalManagedConnection managed;

    TerminalConnectionHandle(TerminalManagedConnection managed) {
        this.managed = managed;
    }

    void moveTo(TerminalManagedConnection other) {
        this.managed = other;
    }

    @Override
    public boolean isConnected(String tid) {
        return open().terminals().isConnected(tid);
    }

    @Override
    public boolean offerCommand(String tid) {
        return open().terminals().offerCommand(tid);
    }

    @Override
    public boolean isListening() {
        return open().terminals().isListening();
    }

    @Override
    public int connectedTerminals() {
        return open().terminals().size();
    }

    @Override
    public void close() {
        TerminalManagedConnection current = managed;
        if (current != null) {
            managed = null;
            current.closed(this);
        }
    }

    private TerminalManagedConnection open() {
        TerminalManagedConnection current = managed;
        if (current == null) {
            throw new IllegalStateException("terminal connection already closed");
        }
        return current;
    }
}
