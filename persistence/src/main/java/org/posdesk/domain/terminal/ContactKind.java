package org.posdesk.domain.terminal;

/** What a terminal did when it made contact. */
public enum ContactKind {
    SIGN_ON, HEARTBEAT, CONNECT, DISCONNECT, SIGN_OFF;

    /** After these the terminal is no longer reachable on its connection. */
    public boolean endsConnection() {
        return this == DISCONNECT || this == SIGN_OFF;
    }
}
