package org.posdesk.connector.codec;

import java.util.Objects;

/** One decoded frame: addressing, header and message. */
public record Frame(Tpdu tpdu, Header header, IsoMessage message) {

    public Frame {
        Objects.requireNonNull(tpdu, "tpdu");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(message, "message");
    }
}
