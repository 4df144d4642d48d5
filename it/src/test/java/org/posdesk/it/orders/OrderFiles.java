package org.posdesk.it.orders;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/** Order files and numbers for the order ITs: a fresh prefix per run, so no test needs a fresh database. */
public final class OrderFiles {

    public static final String HEADER = "order_number,store,amount,currency,ordered_at\n";

    private OrderFiles() {
    }

    /** A prefix no earlier run used: order numbers are unique per merchant for ever. */
    public static String freshPrefix(String tag) {
        return tag + Long.toString(Instant.now().toEpochMilli(), 36).toUpperCase(Locale.ROOT)
                + Long.toString(System.nanoTime() % 1296, 36).toUpperCase(Locale.ROOT);
    }

    public static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A CSV file of {@code rows} good rows made up while it is read, so the test itself holds no
     * file: whatever the server keeps in memory, the test does not hide it behind a byte array.
     */
    public static InputStream generated(String prefix, String store, int rows) {
        return new InputStream() {
            private int next = 0;
            private byte[] current = HEADER.getBytes(StandardCharsets.US_ASCII);
            private int position = 0;

            @Override
            public int read() {
                while (position == current.length) {
                    if (next == rows) {
                        return -1;
                    }
                    next++;
                    current = "%s-%06d,%s,%d.%02d,CNY,\n".formatted(prefix, next, store, 1 + next % 500, next % 100)
                            .getBytes(StandardCharsets.US_ASCII);
                    position = 0;
                }
                return current[position++];
            }
        };
    }
}
