package org.posdesk.connector.codec;

/** Digits packed as BCD; a variable length counts digits, not bytes. */
final class NumericField implements FieldCodec {

    private final VarLength varLength;

    NumericField(VarLength varLength) {
        this.varLength = varLength;
    }

    @Override
    public void check(FieldSpec spec, Object value) {
        if (!(value instanceof String digits) || !Bcd.isDigits(digits)) {
            throw new IllegalArgumentException("field " + spec.number() + " takes digits");
        }
        FieldCodec.checkLength(spec, varLength, digits.length());
    }

    @Override
    public void encode(FieldSpec spec, Object value, ByteSink out) {
        String digits = (String) value;
        varLength.write(digits.length(), out);
        out.write(Bcd.pack(digits));
    }

    @Override
    public Object decode(FieldSpec spec, ByteReader in) {
        int digits = varLength.read(spec, in);
        String what = "field " + spec.number();
        return Bcd.unpackString(in.read(Bcd.packedLength(digits), what), digits, what);
    }
}
