package org.posdesk.connector.codec;

import java.util.Objects;

/**
 * A message on its way to the wire, with the full card number the simulator must send. The
 * number is held apart from the {@link IsoMessage} (which keeps only the masked card), so no
 * {@code toString} or accessor of either shows it.
 */
public final class OutboundMessage {

    private final IsoMessage message;
    private final char[] pan;

    private OutboundMessage(IsoMessage message, char[] pan) {
        this.message = message;
        this.pan = pan;
    }

    public static OutboundMessage of(IsoMessage message) {
        return new OutboundMessage(Objects.requireNonNull(message, "message"), null);
    }

    public OutboundMessage withPan(String fullPan) {
        Objects.requireNonNull(fullPan, "PAN");
        if (!Bcd.isDigits(fullPan)
                || fullPan.length() < MaskedCard.MIN_LENGTH || fullPan.length() > MaskedCard.MAX_LENGTH) {
            throw new IllegalArgumentException("a PAN is " + MaskedCard.MIN_LENGTH + " to "
                    + MaskedCard.MAX_LENGTH + " digits");
        }
        char[] digits = fullPan.toCharArray();
        return new OutboundMessage(message.withCard(MaskedCard.of(digits)), digits);
    }

    /** What will be sent, with field 2 masked. */
    public IsoMessage message() {
        return message;
    }

    OutboundMessage withMacPlaceholder() {
        return new OutboundMessage(message.with(ProfileOne.MAC_FIELD, new byte[Mac.LENGTH]), pan);
    }

    /** The value the encoder writes for {@code field}: the full number for field 2. */
    Object wireValue(int field) {
        if (field == ProfileOne.PAN_FIELD) {
            if (pan == null) {
                throw new IllegalArgumentException(
                        "field 2 is set but no full PAN was given: use OutboundMessage.withPan");
            }
            return pan;
        }
        return message.value(field);
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + message + "]";
    }
}
