package org.posdesk.connector.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.posdesk.connector.codec.Samples.HEADER;
import static org.posdesk.connector.codec.Samples.TERMINAL_TPDU;
import static org.posdesk.connector.codec.Samples.hex;

import org.junit.jupiter.api.Test;

class PanMaskingTest {

    private static final String MIDDLE = "1234567890";

    @Test
    void theFullNumberTravelsOnTheWire() {
        byte[] bytes = FrameCodec.encode(Samples.advice(), TERMINAL_TPDU, HEADER);

        assertThat(hex(bytes)).contains("19" + "62220212345678901230");
    }

    @Test
    void aDecodedAdviceKeepsOnlyBinAndLastFour() throws DecodeException {
        Frame frame = FrameCodec.decode(FrameCodec.encode(Samples.advice(), TERMINAL_TPDU, HEADER));
        IsoMessage message = frame.message();

        MaskedCard card = message.card().orElseThrow();
        assertThat(card.bin()).isEqualTo("622202");
        assertThat(card.lastFour()).isEqualTo("0123");
        assertThat(card.length()).isEqualTo(19);
        assertThat(card.masked()).isEqualTo("622202*********0123");

        assertThat(message.toString()).doesNotContain(MIDDLE).contains("622202*********0123");
        assertThat(frame.toString()).doesNotContain(MIDDLE);
        assertThat(card.toString()).doesNotContain(MIDDLE);
        for (int field : message.fields()) {
            Encoding encoding = ProfileOne.FIELDS.get(field).encoding();
            String shown = encoding == Encoding.PAN_LLVAR ? message.card().orElseThrow().toString()
                    : encoding == Encoding.BINARY_FIXED || encoding == Encoding.BINARY_LLLVAR
                    ? hex(message.binary(field).orElseThrow())
                    : message.text(field).orElseThrow();
            assertThat(shown).as("field %d", field).doesNotContain(MIDDLE);
        }
    }

    @Test
    void theOutboundSideDoesNotShowTheNumberEither() {
        OutboundMessage outbound = Samples.advice();

        assertThat(outbound.toString()).doesNotContain(MIDDLE);
        assertThat(outbound.message().toString()).doesNotContain(MIDDLE);
    }

    @Test
    void aFailureAfterTheCardDoesNotShowTheNumber() {
        byte[] bytes = FrameCodec.encode(Samples.advice(), TERMINAL_TPDU, HEADER);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 1);

        DecodeException e = catchThrowableOfType(() -> FrameCodec.decode(broken), DecodeException.class);

        assertThat(e.reason()).isEqualTo(DecodeException.Reason.BITMAP_MISMATCH);
        assertThat(e.getMessage()).doesNotContain(MIDDLE);
        assertThat(e.stan()).contains("000123");
    }

    @Test
    void aCardNumberTooShortToMaskIsRefused() {
        byte[] bytes = FrameCodec.encode(Samples.advice(), TERMINAL_TPDU, HEADER);
        int lengthAt = Tpdu.LENGTH + Header.LENGTH + 2 + 8;
        assertThat(bytes[lengthAt]).isEqualTo((byte) 0x19);
        bytes[lengthAt] = 0x09;

        DecodeException e = catchThrowableOfType(() -> FrameCodec.decode(bytes), DecodeException.class);

        assertThat(e.reason()).isEqualTo(DecodeException.Reason.BAD_LENGTH);
    }
}
