package org.posdesk.application.terminal.internal;

import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.MaskedCard;

/** Well-formed requests of profile 1 for the tests to vary. */
final class Messages {

    static final String TID = "10000001";
    static final String MID = "898310058120001";

    private Messages() {
    }

    static IsoMessage sale() {
        return IsoMessage.of("0220")
                .withCard(new MaskedCard("622202", "0123", 19))
                .with(3, "000000").with(4, "000000012345").with(11, "000042")
                .with(12, "235900").with(13, "1231").with(22, "071")
                .with(37, "123456789012").with(38, "AB1234").with(39, "00")
                .with(41, TID).with(42, MID).with(49, "156").with(60, "22000007000");
    }

    static IsoMessage heartbeat() {
        return IsoMessage.of("0820").with(11, "000001").with(41, TID).with(42, MID).with(60, "00000007301");
    }
}
