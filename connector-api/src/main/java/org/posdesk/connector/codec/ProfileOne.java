package org.posdesk.connector.codec;

import static org.posdesk.connector.codec.Encoding.ASCII_FIXED;
import static org.posdesk.connector.codec.Encoding.ASCII_LLLVAR;
import static org.posdesk.connector.codec.Encoding.BCD_FIXED;
import static org.posdesk.connector.codec.Encoding.BCD_LLLVAR;
import static org.posdesk.connector.codec.Encoding.BINARY_FIXED;
import static org.posdesk.connector.codec.Encoding.BINARY_LLLVAR;
import static org.posdesk.connector.codec.Encoding.PAN_LLVAR;
import static org.posdesk.connector.codec.Encoding.UPLOAD_LLLVAR;

import java.util.Set;

/** Profile 1 of the device protocol (see {@code design/protocol.md}): its fields and MTIs. */
public final class ProfileOne {

    public static final FieldTable FIELDS = FieldTable.of(
            new FieldSpec(2, PAN_LLVAR, 19),
            new FieldSpec(3, BCD_FIXED, 6),
            new FieldSpec(4, BCD_FIXED, 12),
            new FieldSpec(11, BCD_FIXED, 6),
            new FieldSpec(12, BCD_FIXED, 6),
            new FieldSpec(13, BCD_FIXED, 4),
            new FieldSpec(22, BCD_FIXED, 3),
            new FieldSpec(25, BCD_FIXED, 2),
            new FieldSpec(37, ASCII_FIXED, 12),
            new FieldSpec(38, ASCII_FIXED, 6),
            new FieldSpec(39, ASCII_FIXED, 2),
            new FieldSpec(41, ASCII_FIXED, 8),
            new FieldSpec(42, ASCII_FIXED, 15),
            new FieldSpec(48, UPLOAD_LLLVAR, 322),
            new FieldSpec(49, ASCII_FIXED, 3),
            new FieldSpec(60, BCD_LLLVAR, 17),
            new FieldSpec(61, BCD_LLLVAR, 29),
            new FieldSpec(62, BINARY_LLLVAR, 512),
            new FieldSpec(63, ASCII_LLLVAR, 163),
            new FieldSpec(64, BINARY_FIXED, 8));

    public static final Set<String> REQUEST_MTIS = Set.of("0800", "0820", "0220", "0400", "0500", "0320");
    public static final Set<String> REPLY_MTIS = Set.of("0810", "0830", "0230", "0410", "0510", "0330");

    /** The default frame limit; the inbound side makes it configurable. */
    public static final int MAX_FRAME_LENGTH = 4096;

    public static final int PAN_FIELD = 2;
    /** Settlement totals, an upload-end count, or packed batch-upload entries. */
    public static final int UPLOAD_FIELD = 48;
    /** How many entries a packed 0320 carries at most. */
    public static final int MAX_UPLOAD_ENTRIES = UploadField.MAX_ENTRIES;
    public static final int MAC_FIELD = 64;

    private ProfileOne() {
    }

    public static boolean isAllowedMti(String mti) {
        return REQUEST_MTIS.contains(mti) || REPLY_MTIS.contains(mti);
    }
}
