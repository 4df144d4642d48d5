package org.posdesk.connector.codec;

import java.util.Map;
import java.util.Optional;

/**
 * A frame that does not follow profile 1. It carries the MTI and fields 11, 41 and 42 when they
 * were read before the failure, because a {@code 30} reply echoes them.
 */
public final class DecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a frame was rejected. */
    public enum Reason {
        /**
         * The bytes end before the structure does: inside the TPDU, header, MTI or bitmap, or
         * inside a field the bitmap names. A bitmap naming more fields than the frame holds
         * lands here too, since nothing distinguishes it from a frame that was cut.
         */
        TRUNCATED,
        /** The frame is longer than the configured limit. */
        OVERSIZE,
        /**
         * A nibble above 9 in a numeric field, the MTI or a length indicator; in field 48, an
         * {@code F} anywhere but after the digits of a packed entry's card number, a packed entry
         * whose scheme is neither {@code 00} nor {@code 01}, or packed entries in a frame other
         * than a 0320 with 60.3 {@code 201}.
         */
        BAD_BCD,
        /** A byte outside printable ASCII in an ASCII field. */
        BAD_CHARACTER,
        /** The TPDU does not start with {@code 60}. */
        BAD_TPDU,
        /** An MTI that profile 1 does not use. */
        UNKNOWN_MTI,
        /** The bitmap names a field that profile 1 does not use. */
        FIELD_NOT_ALLOWED,
        /** Bytes remain after the last field the bitmap names. */
        BITMAP_MISMATCH,
        /**
         * A variable length above the field's maximum, or a card number too short to mask (or, in
         * a packed entry, longer than 19 digits); a packed field 48 whose length is not
         * 2 + 40 × its count, or whose count is outside 1..8.
         */
        BAD_LENGTH,
        /** Bit 1 is set: profile 1 has no fields above 64. */
        SECONDARY_BITMAP
    }

    private final Reason reason;
    private final String mti;
    private final String stan;
    private final String tid;
    private final String mid;

    DecodeException(Reason reason, String detail, String mti, Map<Integer, Object> fieldsRead) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.mti = mti;
        this.stan = textOrNull(fieldsRead.get(11));
        this.tid = textOrNull(fieldsRead.get(41));
        this.mid = textOrNull(fieldsRead.get(42));
    }

    private static String textOrNull(Object value) {
        return value instanceof String text ? text : null;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<String> mti() {
        return Optional.ofNullable(mti);
    }

    public Optional<String> stan() {
        return Optional.ofNullable(stan);
    }

    public Optional<String> tid() {
        return Optional.ofNullable(tid);
    }

    public Optional<String> mid() {
        return Optional.ofNullable(mid);
    }
}
