package org.posdesk.connector.codec;

import java.util.Objects;

/** One row of a field table: for a fixed encoding {@code length} is exact, otherwise the maximum. */
public record FieldSpec(int number, Encoding encoding, int length) {

    public FieldSpec {
        Objects.requireNonNull(encoding, "encoding");
        // Field 1 is the secondary bitmap and fields above 64 need it; profile 1 has neither.
        if (number < 2 || number > 64) {
            throw new IllegalArgumentException("field number " + number + " outside 2..64");
        }
        if (length < 1 || length > encoding.largestLength()) {
            throw new IllegalArgumentException("field " + number + " length " + length
                    + " outside 1.." + encoding.largestLength());
        }
    }
}
