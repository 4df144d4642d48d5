package org.posdesk.connector.codec;

import java.util.LinkedHashMap;
import java.util.Map;

import org.posdesk.connector.codec.DecodeException.Reason;

/**
 * Reads one frame (without its length prefix). Keeps the MTI and the fields read so far, so a
 * failure can report them for the {@code 30} reply.
 */
final class FrameDecoder {

    static final int MTI_OFFSET = Tpdu.LENGTH + Header.LENGTH;

    private final ByteReader in;
    private final Map<Integer, Object> fieldsRead = new LinkedHashMap<>();
    private String mti;

    private FrameDecoder(byte[] afterLength) {
        this.in = new ByteReader(afterLength);
    }

    static Frame decode(byte[] afterLength, int maxLength) throws DecodeException {
        if (afterLength == null) {
            throw new DecodeException(Reason.TRUNCATED, "no bytes", null, Map.of());
        }
        if (afterLength.length > maxLength) {
            throw new DecodeException(Reason.OVERSIZE,
                    afterLength.length + " bytes, limit " + maxLength, null, Map.of());
        }
        FrameDecoder decoder = new FrameDecoder(afterLength);
        try {
            return decoder.frame();
        } catch (Malformed e) {
            throw new DecodeException(e.reason(), e.getMessage(), decoder.mti, decoder.fieldsRead);
        }
    }

    private Frame frame() throws DecodeException {
        Tpdu tpdu = Tpdu.read(in);
        Header header = Header.read(in);
        mti = Bcd.unpackString(in.read(2, "MTI"), 4, "MTI");
        byte[] bitmap = in.read(Bitmap.LENGTH, "bitmap");
        for (int field : Bitmap.fields(bitmap)) {
            if (field == 1) {
                throw new Malformed(Reason.SECONDARY_BITMAP, "bit 1 set; profile 1 stops at 64");
            }
            FieldSpec spec = ProfileOne.FIELDS.find(field).orElseThrow(
                    () -> new Malformed(Reason.FIELD_NOT_ALLOWED, "field " + field + " is not in profile 1"));
            fieldsRead.put(field, spec.encoding().codec().decode(spec, in));
        }
        if (in.remaining() > 0) {
            throw new Malformed(Reason.BITMAP_MISMATCH,
                    in.remaining() + " bytes after the last field the bitmap names");
        }
        if (fieldsRead.get(ProfileOne.UPLOAD_FIELD) instanceof PackedEntries && !isBatchUploadRecord()) {
            throw new Malformed(Reason.BAD_BCD, "field 48 has F nibbles, which only the packed entries"
                    + " of a 0320 with 60.3 201 may have");
        }
        // Checked last: an MTI outside the profile is answered 12, not 30, and that answer
        // echoes 11, 41 and 42, so the rest of the frame is read first.
        if (!ProfileOne.isAllowedMti(mti)) {
            throw new DecodeException(Reason.UNKNOWN_MTI, "MTI " + mti, mti, fieldsRead);
        }
        return new Frame(tpdu, header, IsoMessage.decoded(mti, fieldsRead));
    }

    /** A 0320 with 60.3 {@code 201}: field 60 follows 48, so this is known only once the frame is read. */
    private boolean isBatchUploadRecord() {
        if (!"0320".equals(mti) || !(fieldsRead.get(60) instanceof String field60)) {
            return false;
        }
        try {
            return "201".equals(Field60.parse(field60).networkCode());
        } catch (DecodeException e) {
            return false;
        }
    }
}
