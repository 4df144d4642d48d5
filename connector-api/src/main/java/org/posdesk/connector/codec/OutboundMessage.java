package org.posdesk.connector.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message on its way to the wire, with the full card numbers the simulator must send: field 2's
 * and those of packed batch-upload entries in field 48. The numbers are held apart from the
 * {@link IsoMessage} (which keeps only masked cards), so no {@code toString} or accessor of either
 * shows them.
 */
public final class OutboundMessage {

    private final IsoMessage message;
    private final char[] pan;
    /** The full numbers of field 48's packed entries, in the order of the entries. */
    private final List<char[]> entryPans;

    private OutboundMessage(IsoMessage message, char[] pan, List<char[]> entryPans) {
        this.message = message;
        this.pan = pan;
        this.entryPans = entryPans;
    }

    public static OutboundMessage of(IsoMessage message) {
        return new OutboundMessage(Objects.requireNonNull(message, "message"), null, List.of());
    }

    public OutboundMessage withPan(String fullPan) {
        char[] digits = fullPan(fullPan);
        return new OutboundMessage(message.withCard(MaskedCard.of(digits)), digits, entryPans);
    }

    /**
     * Appends one packed batch-upload entry to field 48 (at most
     * {@value ProfileOne#MAX_UPLOAD_ENTRIES}); the message keeps the entry with its card masked.
     *
     * @param stan   the original STAN of the transaction, 6 digits
     * @param amount 12 digits of minor units
     */
    public OutboundMessage withUploadEntry(boolean foreign, String stan, String fullPan, String amount) {
        List<UploadEntry> entries = new ArrayList<>(message.uploadEntries().orElse(List.of()));
        if (message.has(ProfileOne.UPLOAD_FIELD) && entries.isEmpty()) {
            throw new IllegalArgumentException("field 48 already holds digits, not packed entries");
        }
        if (entries.size() != entryPans.size()) {
            throw new IllegalArgumentException("field 48 holds entries without full numbers;"
                    + " add every entry with withUploadEntry");
        }
        char[] digits = fullPan(fullPan);
        entries.add(new UploadEntry(foreign, stan, MaskedCard.of(digits), amount));
        List<char[]> pans = new ArrayList<>(entryPans);
        pans.add(digits);
        return new OutboundMessage(message.withUploadEntries(entries), pan, List.copyOf(pans));
    }

    private static char[] fullPan(String fullPan) {
        Objects.requireNonNull(fullPan, "PAN");
        if (!Bcd.isDigits(fullPan)
                || fullPan.length() < MaskedCard.MIN_LENGTH || fullPan.length() > MaskedCard.MAX_LENGTH) {
            throw new IllegalArgumentException("a PAN is " + MaskedCard.MIN_LENGTH + " to "
                    + MaskedCard.MAX_LENGTH + " digits");
        }
        return fullPan.toCharArray();
    }

    /** What will be sent, with field 2 and the cards of field 48 masked. */
    public IsoMessage message() {
        return message;
    }

    OutboundMessage withMacPlaceholder() {
        return new OutboundMessage(message.with(ProfileOne.MAC_FIELD, new byte[Mac.LENGTH]), pan, entryPans);
    }

    /** The value the encoder writes for {@code field}: the full numbers for field 2 and packed entries. */
    Object wireValue(int field) {
        if (field == ProfileOne.PAN_FIELD) {
            if (pan == null) {
                throw new IllegalArgumentException(
                        "field 2 is set but no full PAN was given: use OutboundMessage.withPan");
            }
            return pan;
        }
        Object value = message.value(field);
        if (value instanceof PackedEntries packed) {
            return new FullEntries(packed, entryPans);
        }
        return value;
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + message + "]";
    }
}
