package org.posdesk.connector.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 6-byte header, kept exactly as the terminal sent it: replies echo it and change only the
 * processing-requirement nibble (low nibble of the third byte).
 */
public final class Header {

    public static final int LENGTH = 6;

    /** Processing requirement {@code 7}: a host-initiated command follows this reply. */
    public static final int COMMAND_FOLLOWS = 7;

    private final byte[] bytes;

    private Header(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Header of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a header is " + LENGTH + " bytes");
        }
        return new Header(bytes.clone());
    }

    public static Header ofHex(String hex) {
        return of(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int processingRequirement() {
        return bytes[2] & 0x0F;
    }

    public Header withProcessingRequirement(int nibble) {
        if (nibble < 0 || nibble > 0x0F) {
            throw new IllegalArgumentException("a nibble is 0..15");
        }
        byte[] copy = bytes.clone();
        copy[2] = (byte) ((copy[2] & 0xF0) | nibble);
        return new Header(copy);
    }

    static Header read(ByteReader in) {
        return new Header(in.read(LENGTH, "header"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Header that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Header[" + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes) + "]";
    }
}
