package org.posdesk.application.terminal.internal;

import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Stan;

/**
 * A host-initiated 0800: 11 from posdesk's own numbering, 41, 42 and 60 = {@code 00} + batch +
 * command. The adapter adds field 64 with the reply's key.
 */
final class HostCommandMessage {

    private HostCommandMessage() {
    }

    static IsoMessage of(Stan stan, String tid, String mid, BatchNumber batch, String code) {
        return IsoMessage.of("0800").with(11, stan.value()).with(41, tid).with(42, mid)
                .with(60, "00" + batch.formatted() + code);
    }
}
