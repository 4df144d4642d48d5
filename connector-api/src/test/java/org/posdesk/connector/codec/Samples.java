package org.posdesk.connector.codec;

import java.util.HexFormat;

/** Messages and frames shared by the codec tests, shaped like real terminals' traffic. */
final class Samples {

    static final Tpdu TERMINAL_TPDU = new Tpdu(0x0003, 0x0000);
    static final Header HEADER = Header.ofHex("603100310000");
    static final String PAN = "6222021234567890123";
    static final byte[] MAK = hex("0123456789ABCDEFFEDCBA9876543210");

    private Samples() {
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    static IsoMessage signOn() {
        return IsoMessage.of("0800")
                .with(11, "000001")
                .with(41, "12345678")
                .with(42, "123456789012345")
                .with(60, "00000001001")
                .with(63, "01 ");
    }

    /** The full numbers of {@link #packedUpload()}'s entries: 19 and 16 digits, domestic and foreign. */
    static final String[] ENTRY_PANS = {"6222021234567890123", "4761340987654321", "3568891357924680135"};

    /** A packed batch upload (0320, 60.3 201): three entries in field 48, neither field 2 nor 4. */
    static OutboundMessage packedUpload() {
        return OutboundMessage.of(IsoMessage.of("0320")
                .with(11, "000210")
                .with(41, "12345678")
                .with(42, "898310048161234")
                .with(60, "00000001201"))
                .withUploadEntry(false, "000101", ENTRY_PANS[0], "000000012345")
                .withUploadEntry(true, "000102", ENTRY_PANS[1], "000000100000")
                .withUploadEntry(true, "000103", ENTRY_PANS[2], "000000000999");
    }

    static OutboundMessage advice() {
        return OutboundMessage.of(IsoMessage.of("0220")
                .with(3, "000000")
                .with(4, "000000012345")
                .with(11, "000123")
                .with(12, "153012")
                .with(13, "0315")
                .with(22, "071")
                .with(25, "00")
                .with(37, "403112000077")
                .with(38, "A1B2C3")
                .with(39, "00")
                .with(41, "12345678")
                .with(42, "898310048161234")
                .with(49, "156")
                .with(60, "22000001000")
                .with(63, "ORD2024-0001_a"))
                .withPan(PAN);
    }
}
