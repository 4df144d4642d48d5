package org.posdesk.connector.codec;

/** Writes TPDU, header, MTI, bitmap and the fields in order, each through its table encoding. */
final class FrameEncoder {

    private FrameEncoder() {
    }

    static byte[] encode(OutboundMessage outbound, Tpdu tpdu, Header header) {
        IsoMessage message = outbound.message();
        ByteSink out = new ByteSink();
        out.write(tpdu.bytes());
        out.write(header.bytes());
        out.write(Bcd.pack(message.mti()));
        out.write(Bitmap.of(message.fields()));
        for (int field : message.fields()) {
            FieldSpec spec = ProfileOne.FIELDS.get(field);
            spec.encoding().codec().encode(spec, outbound.wireValue(field), out);
        }
        return out.toByteArray();
    }
}
