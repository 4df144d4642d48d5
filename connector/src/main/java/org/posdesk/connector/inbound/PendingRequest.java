package org.posdesk.connector.inbound;

import io.netty.channel.Channel;
import org.posdesk.connector.TerminalRequest;
import org.posdesk.connector.codec.Frame;

/** A request waiting for delivery, with the connection and frame its reply goes back with. */
record PendingRequest(Channel channel, Frame frame, TerminalRequest request) {

    boolean expectsReply() {
        return frame != null;
    }
}
