package org.posdesk.sim;

import org.posdesk.connector.codec.Header;
import org.posdesk.connector.codec.Tpdu;

/** What every simulated terminal puts in front of its messages. */
final class Wire {

    /** {@code 60 00 03 00 00}: destination {@code 0003}, source {@code 0000}. */
    static final Tpdu TPDU = new Tpdu(0x0003, 0x0000);
    static final Header HEADER = Header.ofHex("603100310000");

    private Wire() {
    }
}
