package org.posdesk.connector.codec;

/** Raw bytes; a variable length counts bytes. */
final class BinaryField implements FieldCodec {

    private final VarLength varLength;

    BinaryField(VarLength varLength) {
        this.varLength = varLength;
    }

    @Override
    public void check(FieldSpec spec, Object value) {
        if (!(value instanceof byte[] bytes)) {
            throw new IllegalArgumentException("field " + spec.number() + " takes bytes");
        }
        FieldCodec.checkLength(spec, varLength, bytes.length);
    }

    @Override
    public void encode(FieldSpec spec, Object value, ByteSink out) {
        byte[] bytes = (byte[]) value;
        varLength.write(bytes.length, out);
        out.write(bytes);
    }

    @Override
    public Object decode(FieldSpec spec, ByteReader in) {
        int length = varLength.read(spec, in);
        return in.read(length, "field " + spec.number());
    }
}
