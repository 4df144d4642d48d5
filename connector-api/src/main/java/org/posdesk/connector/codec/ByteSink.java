package org.posdesk.connector.codec;

import java.io.ByteArrayOutputStream;

/** An append-only buffer without the checked exceptions of {@code OutputStream.write(byte[])}. */
final class ByteSink {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    void write(byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }

    void write(int b) {
        out.write(b);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
