package org.posdesk.connector.codec;

import java.util.Arrays;

/**
 * Profile-1 frames to bytes and back. Bytes here exclude the 2-byte length, which
 * {@link LengthPrefix} adds and reads, because the inbound side reads the length first to know
 * how much to wait for.
 */
public final class FrameCodec {

    private FrameCodec() {
    }

    public static byte[] encode(IsoMessage message, Tpdu tpdu, Header header) {
        return encode(OutboundMessage.of(message), tpdu, header);
    }

    public static byte[] encode(OutboundMessage message, Tpdu tpdu, Header header) {
        return FrameEncoder.encode(message, tpdu, header);
    }

    public static byte[] encode(Frame frame) {
        return encode(frame.message(), frame.tpdu(), frame.header());
    }

    /** Encodes with field 64 set to the MAC of everything from the MTI through field 63. */
    public static byte[] encodeWithMac(OutboundMessage message, Tpdu tpdu, Header header, Mac mac) {
        // Field 64 is last and fixed-length, so it can be written as zeros and overwritten.
        byte[] bytes = encode(message.withMacPlaceholder(), tpdu, header);
        byte[] value = mac.compute(macInput(bytes));
        System.arraycopy(value, 0, bytes, bytes.length - Mac.LENGTH, Mac.LENGTH);
        return bytes;
    }

    public static byte[] encodeWithMac(IsoMessage message, Tpdu tpdu, Header header, Mac mac) {
        return encodeWithMac(OutboundMessage.of(message), tpdu, header, mac);
    }

    public static Frame decode(byte[] afterLength) throws DecodeException {
        return decode(afterLength, ProfileOne.MAX_FRAME_LENGTH);
    }

    public static Frame decode(byte[] afterLength, int maxLength) throws DecodeException {
        return FrameDecoder.decode(afterLength, maxLength);
    }

    /**
     * The bytes a MAC covers — MTI through field 63 — of a frame whose last field is 64; call it
     * on a frame that decoded with field 64 present.
     */
    public static byte[] macInput(byte[] afterLength) {
        if (afterLength.length < FrameDecoder.MTI_OFFSET + 2 + 8 + Mac.LENGTH) {
            throw new IllegalArgumentException("too short to carry a MAC");
        }
        return Arrays.copyOfRange(afterLength, FrameDecoder.MTI_OFFSET, afterLength.length - Mac.LENGTH);
    }

    /** Whether the last 8 bytes of a decoded frame that carries field 64 are its MAC under {@code mac}. */
    public static boolean macMatches(byte[] afterLength, Mac mac) {
        byte[] received = Arrays.copyOfRange(afterLength, afterLength.length - Mac.LENGTH, afterLength.length);
        return mac.verify(macInput(afterLength), received);
    }
}
