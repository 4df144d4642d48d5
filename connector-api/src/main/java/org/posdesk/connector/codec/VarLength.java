package org.posdesk.connector.codec;

/** The length indicator in front of a field: none, or 2 or 3 BCD digits (1 or 2 bytes). */
enum VarLength {
    FIXED(0, 0),
    LL(1, 99),
    LLL(2, 999);

    private final int bytes;
    private final int largest;

    VarLength(int bytes, int largest) {
        this.bytes = bytes;
        this.largest = largest;
    }

    int largest() {
        return largest;
    }

    void write(int length, ByteSink out) {
        if (this == FIXED) {
            return;
        }
        // Written nibble by nibble: String.format per field showed up in the server's profile.
        byte[] packed = new byte[bytes];
        int rest = length;
        for (int i = bytes - 1; i >= 0; i--) {
            int low = rest % 10;
            rest /= 10;
            int high = rest % 10;
            rest /= 10;
            packed[i] = (byte) ((high << 4) | low);
        }
        out.write(packed);
    }

    /** Reads the indicator of a variable field; for a fixed one, the length is the table's. */
    int read(FieldSpec spec, ByteReader in) {
        if (this == FIXED) {
            return spec.length();
        }
        String what = "length of field " + spec.number();
        int length = Integer.parseInt(Bcd.unpackString(in.read(bytes, what), bytes * 2, what));
        if (length > spec.length()) {
            throw new Malformed(DecodeException.Reason.BAD_LENGTH,
                    "field " + spec.number() + " claims " + length + ", at most " + spec.length());
        }
        return length;
    }
}
