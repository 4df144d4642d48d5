package org.posdesk.connector.codec;

/**
 * Thrown deep inside decoding and turned into a {@link DecodeException} at the top, where the
 * MTI and the fields read so far are known; keeps the field codecs free of that bookkeeping.
 */
final class Malformed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DecodeException.Reason reason;

    Malformed(DecodeException.Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    DecodeException.Reason reason() {
        return reason;
    }
}
