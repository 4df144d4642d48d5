package org.posdesk.connector;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.connector.codec.IsoMessage;

/**
 * What the adapter saw on a terminal connection: a decoded request, or the end of a connection.
 *
 * @param connectionId   unique per TCP connection (node name + sequence), for contacts and logs
 * @param node           the server node holding the connection ({@code jboss.node.name})
 * @param receivedAt     when the frame was read, on the node's clock
 * @param message        the decoded request (card number already masked); null for a disconnect
 * @param macInput       the encoded bytes the MAC covers (MTI through field 63) when the request
 *                       carries field 64, else null
 * @param firstOnConnection whether this is the first request of its connection (a CONNECT contact)
 * @param tid            for a disconnect: the terminal the connection belonged to, if known
 * @param commandWaiting application code offered a host command for this terminal through the
 *                       {@link TerminalConnectionFactory} since its last request: look for a
 *                       pending command even though this is not a sign-on or heartbeat
 */
public record TerminalRequest(Kind kind, String connectionId, String node, Instant receivedAt, IsoMessage message,
                              byte[] macInput, boolean firstOnConnection, String tid, boolean commandWaiting) {

    public enum Kind { MESSAGE, DISCONNECTED }

    public TerminalRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (kind == Kind.MESSAGE) {
            Objects.requireNonNull(message, "message");
        }
        macInput = macInput == null ? null : macInput.clone();
    }

    public static TerminalRequest message(String connectionId, String node, Instant receivedAt, IsoMessage message,
                                          byte[] macInput, boolean firstOnConnection) {
        String tid = message.text(41).orElse(null);
        return new TerminalRequest(Kind.MESSAGE, connectionId, node, receivedAt, message, macInput,
                firstOnConnection, tid, false);
    }

    /** The same request, marked as one after which an offered host command may be sent. */
    public TerminalRequest withCommandWaiting() {
        return new TerminalRequest(kind, connectionId, node, receivedAt, message, macInput, firstOnConnection, tid,
                true);
    }

    public static TerminalRequest disconnected(String connectionId, String node, Instant at, String tid) {
        return new TerminalRequest(Kind.DISCONNECTED, connectionId, node, at, null, null, false, tid, false);
    }

    public Optional<byte[]> mac() {
        return message == null ? Optional.empty() : message.binary(64);
    }

    @Override
    public byte[] macInput() {
        return macInput == null ? null : macInput.clone();
    }

    @Override
    public String toString() {
        return kind == Kind.MESSAGE
                ? "request " + message.mti() + " from " + tid + " on " + connectionId
                : "disconnect of " + tid + " on " + connectionId;
    }
}
