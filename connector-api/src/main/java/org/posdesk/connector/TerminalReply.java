package org.posdesk.connector;

import java.util.Optional;
import org.posdesk.connector.codec.IsoMessage;

/**
 * What to write back on the connection, after the transaction committed.
 *
 * @param message  the reply (MTI + 10, fields per protocol.md), or null when nothing is answered
 *                 (a disconnect, or a terminal's 0810 answer to a host command)
 * @param macKey   the clear double-length MAC key to sign the reply (and the command) with, or
 *                 null when the reply carries no MAC. Held only in memory, never logged.
 * @param command  a host-initiated 0800 ({@code 361}/{@code 362}) to write right after the
 *                 reply; the adapter then sets the reply header's processing nibble to 7
 * @param close    close the connection after writing
 */
public record TerminalReply(IsoMessage message, byte[] macKey, IsoMessage command, boolean close) {

    public TerminalReply {
        macKey = macKey == null ? null : macKey.clone();
        if (command != null && message == null) {
            throw new IllegalArgumentException("a host command follows a reply, never stands alone");
        }
    }

    public static TerminalReply of(IsoMessage message) {
        return new TerminalReply(message, null, null, false);
    }

    public static TerminalReply signed(IsoMessage message, byte[] macKey) {
        return new TerminalReply(message, macKey, null, false);
    }

    public static TerminalReply none() {
        return new TerminalReply(null, null, null, false);
    }

    public TerminalReply followedBy(IsoMessage hostCommand) {
        return new TerminalReply(message, macKey, hostCommand, close);
    }

    public Optional<byte[]> key() {
        return Optional.ofNullable(macKey).map(byte[]::clone);
    }

    @Override
    public byte[] macKey() {
        return macKey == null ? null : macKey.clone();
    }

    @Override
    public String toString() {
        // Never the key.
        return message == null ? "no reply" : "reply " + message.mti() + " rc=" + message.text(39).orElse("-")
                + (command == null ? "" : " + command " + command.text(60).orElse(""));
    }
}
