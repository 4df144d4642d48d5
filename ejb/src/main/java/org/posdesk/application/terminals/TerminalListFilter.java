package org.posdesk.application.terminals;

/** @param storeId null: every store the caller sees */
public record TerminalListFilter(Long storeId, Status status) {

    public enum Status { ALL, ONLINE, OFFLINE }

    public TerminalListFilter {
        status = status == null ? Status.ALL : status;
    }

    public static TerminalListFilter all() {
        return new TerminalListFilter(null, Status.ALL);
    }
}
