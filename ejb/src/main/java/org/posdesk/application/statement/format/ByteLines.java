package org.posdesk.application.statement.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of a byte stream, undecoded (fixed-width offsets count bytes, and GBK text must be
 * sliced before it is decoded). Ends lines at LF and drops a CR before it, so CRLF and LF files
 * read alike. The line buffer is reused: a line is valid until the next call.
 */
final class ByteLines {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int length;
    private int number;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                break;
            }
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        number++;
        return true;
    }

    private void append(int from, int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** 1-based physical line number, blank lines included. */
    int number() {
        return number;
    }

    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Right-pads the line with spaces to {@code size} bytes (intermediaries trim trailing spaces). */
    void padTo(int size) {
        if (size > line.length) {
            line = Arrays.copyOf(line, size);
        }
        Arrays.fill(line, length, Math.max(length, size), (byte) ' ');
        length = Math.max(length, size);
    }
}
