package org.posdesk.infrastructure.persistence;

import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;

/** The natural keys {@link DeliveryLookups} remembers, one record type per kind of entity. */
final class LookupKeys {

    private LookupKeys() {
    }

    record TerminalByTid(Tid tid) {
    }

    record BatchOfTerminal(long terminalId, BatchNumber number) {
    }

    record JournalEntry(Tid tid, BatchNumber batch, Stan stan) {
    }

    record Reversal(Tid tid, BatchNumber batch, Stan stan) {
    }
}
