package org.posdesk.connector.codec;

import java.util.Map;

/** Field 60 of a request: 60.1 message-type code, 60.2 batch number, 60.3 network-management code. */
public record Field60(String messageType, String batch, String networkCode) {

    public Field60 {
        requireDigits(messageType, 2, "60.1");
        requireDigits(batch, 6, "60.2");
        requireDigits(networkCode, 3, "60.3");
    }

    /**
     * Accepts the 11 digits of profile 1, the 8 some terminals send (60.3 then {@code 000}) and
     * longer values whose 60.4 and beyond are ignored.
     */
    public static Field60 parse(String digits) throws DecodeException {
        if (digits == null || digits.length() < 8 || !Bcd.isDigits(digits)) {
            throw new DecodeException(DecodeException.Reason.BAD_LENGTH,
                    "field 60 needs at least 8 digits", null, Map.of());
        }
        String networkCode = digits.length() >= 11 ? digits.substring(8, 11) : "000";
        return new Field60(digits.substring(0, 2), digits.substring(2, 8), networkCode);
    }

    public String digits() {
        return messageType + batch + networkCode;
    }

    private static void requireDigits(String value, int length, String name) {
        if (value == null || value.length() != length || !Bcd.isDigits(value)) {
            throw new IllegalArgumentException(name + " is " + length + " digits");
        }
    }
}
