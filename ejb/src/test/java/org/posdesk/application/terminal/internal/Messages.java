package org.posdesk.application.terminal.internal;

import java.util.List;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.MaskedCard;
import org.posdesk.connector.codec.UploadEntry;

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

    /** The packed entry that repeats {@link #sale()}: same STAN, card and amount, domestic. */
    static UploadEntry saleEntry() {
        return new UploadEntry(false, "000042", new MaskedCard("622202", "0123", 19), "000000012345");
    }

    /** A packed entry posdesk has not seen: a foreign card. */
    static UploadEntry newForeignEntry() {
        return new UploadEntry(true, "000043", new MaskedCard("476134", "4321", 16), "000000100000");
    }

    /** A packed batch upload of batch 7 with its own, fresh STAN in field 11. */
    static IsoMessage packedUpload(UploadEntry... entries) {
        return IsoMessage.of("0320").with(11, "000300").with(41, TID).with(42, MID).with(60, "00000007201")
                .withUploadEntries(List.of(entries));
    }

    static IsoMessage heartbeat() {
        return IsoMessage.of("0820").with(11, "000001").with(41, TID).with(42, MID).with(60, "00000007301");
    }
}
