package org.posdesk.connector.codec;

import java.util.Arrays;

/** A bounds-checked cursor: running past the end is a {@code TRUNCATED} frame, never an index error. */
final class ByteReader {

    private final byte[] bytes;
    private int position;

    ByteReader(byte[] bytes) {
        this.bytes = bytes;
    }

    byte[] read(int count, String what) {
        require(count, what);
        byte[] out = Arrays.copyOfRange(bytes, position, position + count);
        position += count;
        return out;
    }

    int readUnsigned(String what) {
        require(1, what);
        return bytes[position++] & 0xFF;
    }

    int position() {
        return position;
    }

    int remaining() {
        return bytes.length - position;
    }

    private void require(int count, String what) {
        if (count < 0 || count > remaining()) {
            throw new Malformed(DecodeException.Reason.TRUNCATED,
                    what + " needs " + count + " bytes, " + remaining() + " left");
        }
    }
}
