package org.posdesk.connector.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.posdesk.connector.codec.DecodeException.Reason;

/**
 * Field 48: LLLVAR numeric BCD (settlement totals, an upload-end count) or packed batch-upload
 * entries — a 2-digit count, then per entry scheme (2), original STAN (6), card number
 * left-justified and padded with {@code F} to 20, amount (12).
 *
 * <p>The two forms are told apart by the {@code F} nibble: no card number has 20 digits, so every
 * packed entry has at least one, and digits never have one (the pad of an odd length aside, which
 * packed entries, always of even length, do not have). Once an {@code F} appears among the digits
 * the field must be whole packed entries: a length other than 2 + 40 × count with a count of 1
 * to 8 is {@code BAD_LENGTH}, an {@code F} anywhere but after a card number's digits or a scheme
 * other than {@code 00}/{@code 01} is {@code BAD_BCD}, and a card number too short to mask is
 * {@code BAD_LENGTH} as in field 2. Whether the frame may carry packed entries at all (a 0320
 * with 60.3 {@code 201}) is known only after field 60, so {@link FrameDecoder} checks it last.
 *
 * <p>Each card number is masked here, as {@link PanField} masks field 2: its digits exist only in
 * buffers local to {@link #decode}, wiped before it returns, and on the way out only in the
 * {@code char[]}s an {@link OutboundMessage} hands over in {@link FullEntries}.
 */
final class UploadField implements FieldCodec {

    static final int MAX_ENTRIES = 8;

    private static final int FILL = 0x0F;
    private static final int COUNT_DIGITS = 2;
    private static final int ENTRY_DIGITS = 40;
    private static final int SCHEME_DIGITS = 2;
    private static final int STAN_DIGITS = 6;
    private static final int PAN_DIGITS = 20;
    private static final int AMOUNT_DIGITS = 12;

    private final NumericField digits = new NumericField(VarLength.LLL);

    static int packedLength(int entries) {
        return COUNT_DIGITS + ENTRY_DIGITS * entries;
    }

    @Override
    public void check(FieldSpec spec, Object value) {
        if (value instanceof PackedEntries packed) {
            FieldCodec.checkLength(spec, VarLength.LLL, packedLength(packed.entries().size()));
            return;
        }
        digits.check(spec, value);
    }

    @Override
    public void encode(FieldSpec spec, Object value, ByteSink out) {
        if (value instanceof PackedEntries) {
            throw new IllegalArgumentException("field " + spec.number() + " with packed entries is encoded"
                    + " only from full numbers given to OutboundMessage.withUploadEntry");
        }
        if (!(value instanceof FullEntries full)) {
            digits.encode(spec, value, out);
            return;
        }
        List<UploadEntry> entries = full.entries();
        int length = packedLength(entries.size());
        byte[] packed = new byte[Bcd.packedLength(length)];
        try {
            int at = put(packed, 0, "%02d".formatted(entries.size()));
            for (int i = 0; i < entries.size(); i++) {
                UploadEntry entry = entries.get(i);
                at = put(packed, at, entry.scheme());
                at = put(packed, at, entry.stan());
                char[] pan = full.pan(i);
                for (int d = 0; d < PAN_DIGITS; d++) {
                    nibble(packed, at++, d < pan.length ? pan[d] - '0' : FILL);
                }
                at = put(packed, at, entry.amount());
            }
            VarLength.LLL.write(length, out);
            out.write(packed);
        } finally {
            Arrays.fill(packed, (byte) 0);
        }
    }

    @Override
    public Object decode(FieldSpec spec, ByteReader in) {
        int length = VarLength.LLL.read(spec, in);
        String what = "field " + spec.number();
        byte[] packed = in.read(Bcd.packedLength(length), what);
        try {
            return hasFill(packed, length) ? entries(packed, length) : Bcd.unpackString(packed, length, what);
        } finally {
            Arrays.fill(packed, (byte) 0);
        }
    }

    private static PackedEntries entries(byte[] packed, int length) {
        if (length < packedLength(1) || (length - COUNT_DIGITS) % ENTRY_DIGITS != 0) {
            throw new Malformed(Reason.BAD_LENGTH, "field 48 has F-padded card numbers but its " + length
                    + " digits are not a count and whole entries of " + ENTRY_DIGITS);
        }
        int count = Integer.parseInt(digits(packed, 0, COUNT_DIGITS, "count"));
        if (count < 1 || count > MAX_ENTRIES || packedLength(count) != length) {
            throw new Malformed(Reason.BAD_LENGTH, "field 48 counts " + count + " entries in room for "
                    + (length - COUNT_DIGITS) / ENTRY_DIGITS + " (at most " + MAX_ENTRIES + ")");
        }
        List<UploadEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(entry(packed, packedLength(i), i + 1));
        }
        return new PackedEntries(entries);
    }

    private static UploadEntry entry(byte[] packed, int at, int number) {
        String part = "entry " + number;
        String scheme = digits(packed, at, SCHEME_DIGITS, part + " scheme");
        if (!UploadEntry.DOMESTIC_SCHEME.equals(scheme) && !UploadEntry.FOREIGN_SCHEME.equals(scheme)) {
            throw new Malformed(Reason.BAD_BCD, "field 48 " + part + " has scheme " + scheme + ", not 00 or 01");
        }
        String stan = digits(packed, at + SCHEME_DIGITS, STAN_DIGITS, part + " STAN");
        MaskedCard card = card(packed, at + SCHEME_DIGITS + STAN_DIGITS, part);
        String amount = digits(packed, at + SCHEME_DIGITS + STAN_DIGITS + PAN_DIGITS, AMOUNT_DIGITS, part + " amount");
        return new UploadEntry(UploadEntry.FOREIGN_SCHEME.equals(scheme), stan, card, amount);
    }

    /** The digits before the first {@code F}, then only {@code F}s; masked before the buffers are wiped. */
    private static MaskedCard card(byte[] packed, int at, String part) {
        char[] pan = new char[PAN_DIGITS];
        char[] kept = null;
        try {
            int length = 0;
            while (length < PAN_DIGITS && nibble(packed, at + length) <= 9) {
                pan[length] = (char) ('0' + nibble(packed, at + length));
                length++;
            }
            for (int i = length; i < PAN_DIGITS; i++) {
                if (nibble(packed, at + i) != FILL) {
                    throw new Malformed(Reason.BAD_BCD,
                            "field 48 " + part + " card number is not digits followed by F padding");
                }
            }
            if (length < MaskedCard.MIN_LENGTH || length > MaskedCard.MAX_LENGTH) {
                throw new Malformed(Reason.BAD_LENGTH, "field 48 " + part + " card number has " + length
                        + " digits, outside " + MaskedCard.MIN_LENGTH + ".." + MaskedCard.MAX_LENGTH);
            }
            kept = Arrays.copyOf(pan, length);
            return MaskedCard.of(kept);
        } finally {
            Arrays.fill(pan, '\0');
            if (kept != null) {
                Arrays.fill(kept, '\0');
            }
        }
    }

    private static String digits(byte[] packed, int at, int count, String part) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            int nibble = nibble(packed, at + i);
            if (nibble > 9) {
                throw new Malformed(Reason.BAD_BCD, "field 48 " + part + " has nibble " + nibble);
            }
            out[i] = (char) ('0' + nibble);
        }
        return new String(out);
    }

    private static boolean hasFill(byte[] packed, int length) {
        for (int i = 0; i < length; i++) {
            if (nibble(packed, i) == FILL) {
                return true;
            }
        }
        return false;
    }

    private static int nibble(byte[] packed, int index) {
        int b = packed[index / 2] & 0xFF;
        return index % 2 == 0 ? b >>> 4 : b & 0x0F;
    }

    private static void nibble(byte[] packed, int index, int value) {
        packed[index / 2] |= (byte) (index % 2 == 0 ? value << 4 : value);
    }

    private static int put(byte[] packed, int at, String digits) {
        for (int i = 0; i < digits.length(); i++) {
            nibble(packed, at + i, digits.charAt(i) - '0');
        }
        return at + digits.length();
    }
}
