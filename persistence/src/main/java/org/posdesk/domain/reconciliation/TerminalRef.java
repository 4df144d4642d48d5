package org.posdesk.domain.reconciliation;

/** Whose a TID is. */
public record TerminalRef(long id, String tid, long merchantId, long storeId) {
}
