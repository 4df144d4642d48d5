package org.posdesk.connector.codec;

import java.util.Arrays;
import java.util.Map;

/** The 2-byte big-endian length in front of every frame, counting the bytes after it. */
public final class LengthPrefix {

    public static final int LENGTH = 2;

    private LengthPrefix() {
    }

    public static byte[] add(byte[] frame) {
        if (frame.length > 0xFFFF) {
            throw new IllegalArgumentException(frame.length + " bytes do not fit a 2-byte length");
        }
        byte[] out = new byte[LENGTH + frame.length];
        out[0] = (byte) (frame.length >>> 8);
        out[1] = (byte) frame.length;
        System.arraycopy(frame, 0, out, LENGTH, frame.length);
        return out;
    }

    public static int read(byte high, byte low) {
        return ((high & 0xFF) << 8) | (low & 0xFF);
    }

    /**
     * The announced length, refused as {@code OVERSIZE} above {@code maxLength} so the reader
     * closes the connection before waiting for (or buffering) the bytes.
     */
    public static int read(byte high, byte low, int maxLength) throws DecodeException {
        int length = read(high, low);
        if (length > maxLength) {
            throw new DecodeException(DecodeException.Reason.OVERSIZE,
                    "length " + length + ", limit " + maxLength, null, Map.of());
        }
        return length;
    }

    /** The frame of a whole length-prefixed buffer, which must hold exactly what it announces. */
    public static byte[] remove(byte[] framed) throws DecodeException {
        if (framed.length < LENGTH) {
            throw new DecodeException(DecodeException.Reason.TRUNCATED, "no length prefix", null,
                    Map.of());
        }
        int length = read(framed[0], framed[1]);
        int actual = framed.length - LENGTH;
        if (actual != length) {
            throw new DecodeException(actual < length ? DecodeException.Reason.TRUNCATED
                    : DecodeException.Reason.BAD_LENGTH,
                    "length says " + length + ", " + actual + " bytes follow", null, Map.of());
        }
        return Arrays.copyOfRange(framed, LENGTH, framed.length);
    }
}
