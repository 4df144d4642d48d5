package org.posdesk.connector.codec;

import java.nio.charset.StandardCharsets;

/**
 * Printable ASCII. Anything else is refused on both sides, so a stray byte cannot become a
 * replacement character in a TID or an order number.
 */
final class AsciiField implements FieldCodec {

    private final VarLength varLength;

    AsciiField(VarLength varLength) {
        this.varLength = varLength;
    }

    @Override
    public void check(FieldSpec spec, Object value) {
        if (!(value instanceof String text) || !isPrintable(text)) {
            throw new IllegalArgumentException("field " + spec.number() + " takes printable ASCII");
        }
        FieldCodec.checkLength(spec, varLength, text.length());
    }

    @Override
    public void encode(FieldSpec spec, Object value, ByteSink out) {
        byte[] bytes = ((String) value).getBytes(StandardCharsets.US_ASCII);
        varLength.write(bytes.length, out);
        out.write(bytes);
    }

    @Override
    public Object decode(FieldSpec spec, ByteReader in) {
        int length = varLength.read(spec, in);
        byte[] bytes = in.read(length, "field " + spec.number());
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7E) {
                throw new Malformed(DecodeException.Reason.BAD_CHARACTER,
                        "field " + spec.number() + " has byte " + (b & 0xFF));
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static boolean isPrintable(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }
}
