package org.posdesk.domain.terminal;

/** PENDING → SENT → ACKNOWLEDGED (the terminal obeys) or REFUSED (it answered anything but 00). */
public enum TerminalCommandState {
    PENDING, SENT, ACKNOWLEDGED, REFUSED
}
