package org.posdesk.connector.codec;

/** How one {@link Encoding} checks, writes and reads a field value. */
interface FieldCodec {

    /** Rejects, with {@link IllegalArgumentException}, a value the field could never carry. */
    void check(FieldSpec spec, Object value);

    void encode(FieldSpec spec, Object value, ByteSink out);

    /** Reads one field; malformed bytes end in {@link Malformed}, nothing else. */
    Object decode(FieldSpec spec, ByteReader in);

    static void checkLength(FieldSpec spec, VarLength varLength, int length) {
        boolean fits = varLength == VarLength.FIXED ? length == spec.length() : length <= spec.length();
        if (!fits) {
            throw new IllegalArgumentException("field " + spec.number() + " takes "
                    + (varLength == VarLength.FIXED ? "exactly " : "at most ") + spec.length()
                    + ", got " + length);
        }
    }
}
