package org.posdesk.connector.codec;

import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * A card number: LLVAR numeric BCD on the wire, a {@link MaskedCard} in a message. The full
 * digits exist only in a buffer local to {@link #decode}, wiped before it returns, and on the
 * way out only as the {@code char[]} an {@link OutboundMessage} hands to {@link #encode}.
 */
final class PanField implements FieldCodec {

    @Override
    public void check(FieldSpec spec, Object value) {
        if (!(value instanceof MaskedCard)) {
            throw new IllegalArgumentException("field " + spec.number()
                    + " holds a MaskedCard; send a full number through OutboundMessage.withPan");
        }
    }

    @Override
    public void encode(FieldSpec spec, Object value, ByteSink out) {
        if (!(value instanceof char[] digits)) {
            throw new IllegalArgumentException("field " + spec.number()
                    + " is encoded only from a full number given to OutboundMessage.withPan");
        }
        VarLength.LL.write(digits.length, out);
        byte[] packed = Bcd.pack(CharBuffer.wrap(digits));
        out.write(packed);
        Arrays.fill(packed, (byte) 0);
    }

    @Override
    public Object decode(FieldSpec spec, ByteReader in) {
        int length = VarLength.LL.read(spec, in);
        if (length < MaskedCard.MIN_LENGTH) {
            throw new Malformed(DecodeException.Reason.BAD_LENGTH,
                    "field " + spec.number() + " has " + length + " digits, too short to mask");
        }
        byte[] packed = in.read(Bcd.packedLength(length), "field " + spec.number());
        char[] digits = null;
        try {
            digits = Bcd.unpack(packed, length, "field " + spec.number());
            return MaskedCard.of(digits);
        } finally {
            Arrays.fill(packed, (byte) 0);
            if (digits != null) {
                Arrays.fill(digits, '\0');
            }
        }
    }
}
