package org.posdesk.application.terminal.internal;

import java.time.Instant;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.TerminalRequest;
import org.posdesk.connector.codec.Field60;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;

/**
 * An admitted request with what the checks found: its terminal and merchant, field 60, and the
 * clear MAC key it verified under (null for sign-on and heartbeat). Lives for one request only.
 */
record Inbound(TerminalRequest request, Field60 field60, Terminal terminal, Merchant merchant, byte[] macKey) {

    IsoMessage message() {
        return request.message();
    }

    Instant at() {
        return request.receivedAt();
    }

    String text(int field) {
        return message().text(field).orElseThrow();
    }

    Tid tid() {
        return terminal.getTid();
    }

    Stan stan() {
        return Stan.of(text(11));
    }

    BatchNumber batch() {
        return BatchNumber.of(Integer.parseInt(field60.batch()));
    }

    TerminalReply answer(String responseCode) {
        return Replies.send(message(), Replies.to(message(), responseCode), macKey);
    }

    TerminalReply answer(IsoMessage reply) {
        return Replies.send(message(), reply, macKey);
    }

    String describe() {
        return message().mti() + " " + tid() + " batch " + field60.batch() + " stan " + message().text(11).orElse("-");
    }
}
