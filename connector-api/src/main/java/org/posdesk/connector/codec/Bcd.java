package org.posdesk.connector.codec;

import java.util.Arrays;

/**
 * Packed BCD, left-justified: an odd number of digits leaves the last nibble as a pad, written
 * as {@code 0} and read as {@code 0} or {@code F} because terminals differ.
 */
final class Bcd {

    private Bcd() {
    }

    static int packedLength(int digits) {
        return (digits + 1) / 2;
    }

    static byte[] pack(CharSequence digits) {
        byte[] out = new byte[packedLength(digits.length())];
        for (int i = 0; i < digits.length(); i++) {
            int nibble = digits.charAt(i) - '0';
            out[i / 2] |= (byte) (i % 2 == 0 ? nibble << 4 : nibble);
        }
        return out;
    }

    /** Unpacks into a caller-owned buffer so that a card number can be wiped after use. */
    static char[] unpack(byte[] packed, int digits, String what) {
        char[] out = new char[digits];
        for (int i = 0; i < digits; i++) {
            int b = packed[i / 2] & 0xFF;
            int nibble = i % 2 == 0 ? b >>> 4 : b & 0x0F;
            if (nibble > 9) {
                Arrays.fill(out, '\0');
                throw new Malformed(DecodeException.Reason.BAD_BCD, what + " has nibble " + nibble);
            }
            out[i] = (char) ('0' + nibble);
        }
        if (digits % 2 == 1) {
            int pad = packed[packed.length - 1] & 0x0F;
            if (pad != 0 && pad != 0x0F) {
                Arrays.fill(out, '\0');
                throw new Malformed(DecodeException.Reason.BAD_BCD, what + " has pad nibble " + pad);
            }
        }
        return out;
    }

    static String unpackString(byte[] packed, int digits, String what) {
        return new String(unpack(packed, digits, what));
    }

    static boolean isDigits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
