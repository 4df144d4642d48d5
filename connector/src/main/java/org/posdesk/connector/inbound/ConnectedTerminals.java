package org.posdesk.connector.inbound;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terminals whose connection this node holds, by TID: the only state the adapter keeps that
 * other nodes do not share, because the socket itself lives here.
 */
public final class ConnectedTerminals {

    private final Map<String, FrameHandler> byTid = new ConcurrentHashMap<>();
    private final boolean listening;

    ConnectedTerminals() {
        this(true);
    }

    private ConnectedTerminals(boolean listening) {
        this.listening = listening;
    }

    /** What the outbound side sees while no listener is bound: nobody connected, not listening. */
    public static ConnectedTerminals notListening() {
        return new ConnectedTerminals(false);
    }

    public boolean isListening() {
        return listening;
    }

    /** A terminal that reconnects replaces its older connection here. */
    void register(String tid, FrameHandler connection) {
        byTid.put(tid, connection);
    }

    /** Removes the connection only if it is still the terminal's current one. */
    void unregister(String tid, FrameHandler connection) {
        byTid.remove(tid, connection);
    }

    public boolean isConnected(String tid) {
        FrameHandler connection = byTid.get(tid);
        return connection != null && connection.isOpen();
    }

    /** @return whether the terminal is connected here, and so will be asked on its next request */
    public boolean offerCommand(String tid) {
        FrameHandler connection = byTid.get(tid);
        if (connection == null || !connection.isOpen()) {
            return false;
        }
        connection.commandOffered();
        return true;
    }

    public int size() {
        return (int) byTid.values().stream().filter(FrameHandler::isOpen).count();
    }
}
