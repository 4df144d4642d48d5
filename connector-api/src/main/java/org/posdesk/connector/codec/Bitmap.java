package org.posdesk.connector.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The 8-byte primary bitmap; bit 1 is the first (most significant) bit of the first byte. */
final class Bitmap {

    static final int LENGTH = 8;

    private Bitmap() {
    }

    static byte[] of(Collection<Integer> fields) {
        byte[] bitmap = new byte[LENGTH];
        for (int field : fields) {
            bitmap[(field - 1) / 8] |= (byte) (0x80 >>> ((field - 1) % 8));
        }
        return bitmap;
    }

    static List<Integer> fields(byte[] bitmap) {
        List<Integer> fields = new ArrayList<>();
        for (int field = 1; field <= LENGTH * 8; field++) {
            if ((bitmap[(field - 1) / 8] & (0x80 >>> ((field - 1) % 8))) != 0) {
                fields.add(field);
            }
        }
        return fields;
    }
}
