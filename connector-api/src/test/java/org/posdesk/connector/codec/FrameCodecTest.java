package org.posdesk.connector.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.posdesk.connector.codec.Samples.HEADER;
import static org.posdesk.connector.codec.Samples.TERMINAL_TPDU;
import static org.posdesk.connector.codec.Samples.hex;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FrameCodecTest {

    /** Built byte by byte from protocol.md, not from the encoder. */
    private static final String SIGN_ON_WIRE = "003C"       // length: 60 bytes follow
            + "6000030000"                                   // TPDU
            + "603100310000"                                 // header
            + "0800"                                         // MTI
            + "0020000000C00012"                             // bitmap: 11, 41, 42, 60, 63
            + "000001"                                       // 11
            + "3132333435363738"                             // 41 "12345678"
            + "313233343536373839303132333435"               // 42 "123456789012345"
            + "0011" + "000000010010"                        // 60: 11 digits, right-padded
            + "0003" + "303120";                             // 63 "01 "

    @Test
    void signOnEncodesToTheBytesATerminalSends() {
        byte[] framed = LengthPrefix.add(FrameCodec.encode(Samples.signOn(), TERMINAL_TPDU, HEADER));

        assertThat(hex(framed)).isEqualTo(SIGN_ON_WIRE);
    }

    @Test
    void signOnDecodesFromTheBytesATerminalSends() throws DecodeException {
        Frame frame = FrameCodec.decode(LengthPrefix.remove(hex(SIGN_ON_WIRE)));

        assertThat(frame.tpdu()).isEqualTo(TERMINAL_TPDU);
        assertThat(frame.header()).isEqualTo(HEADER);
        IsoMessage message = frame.message();
        assertThat(message.mti()).isEqualTo("0800");
        assertThat(message.fields()).containsExactly(11, 41, 42, 60, 63);
        assertThat(message.text(11)).contains("000001");
        assertThat(message.text(41)).contains("12345678");
        assertThat(message.text(42)).contains("123456789012345");
        assertThat(message.text(60)).contains("00000001001");
        assertThat(message.text(63)).contains("01 ");
        assertThat(message).isEqualTo(Samples.signOn());
    }

    @Test
    void field22TravelsRightPaddedAndAcceptsEitherPad() throws DecodeException {
        byte[] bytes = FrameCodec.encode(IsoMessage.of("0220").with(22, "071"), TERMINAL_TPDU, HEADER);

        assertThat(hex(bytes)).endsWith("0710");

        bytes[bytes.length - 1] = 0x1F;
        assertThat(FrameCodec.decode(bytes).message().text(22)).contains("071");
    }

    @Test
    void replyTpduSwapsAddressesAndHeaderTakesProcessingRequirement() throws DecodeException {
        Frame request = FrameCodec.decode(LengthPrefix.remove(hex(SIGN_ON_WIRE)));

        Tpdu reply = request.tpdu().reply();
        Header replyHeader = request.header().withProcessingRequirement(Header.COMMAND_FOLLOWS);
        byte[] bytes = FrameCodec.encode(request.message().withMti("0810").with(39, "00"), reply, replyHeader);

        assertThat(hex(bytes)).startsWith("6000000003" + "603107310000" + "0810");
        assertThat(replyHeader.processingRequirement()).isEqualTo(7);
        assertThat(request.header().processingRequirement()).isZero();
        assertThat(reply.reply()).isEqualTo(request.tpdu());
    }

    @Test
    void everyProfileMtiRoundTrips() throws DecodeException {
        List<OutboundMessage> messages = new ArrayList<>();
        messages.add(OutboundMessage.of(Samples.signOn()));
        messages.add(OutboundMessage.of(IsoMessage.of("0810").with(11, "000001").with(12, "101500")
                .with(13, "0315").with(39, "00").with(41, "12345678").with(42, "123456789012345")
                .with(60, "00000001001").with(62, Samples.hex("00112233445566778899AABBCCDDEEFF01020304"))));
        messages.add(OutboundMessage.of(IsoMessage.of("0820").with(11, "000002").with(41, "12345678")
                .with(42, "123456789012345").with(60, "00000001301")));
        messages.add(OutboundMessage.of(IsoMessage.of("0830").with(11, "000002").with(39, "00")
                .with(41, "12345678").with(42, "123456789012345")));
        messages.add(Samples.advice());
        messages.add(OutboundMessage.of(IsoMessage.of("0230").with(3, "000000").with(4, "000000012345")
                .with(11, "000123").with(39, "94").with(41, "12345678").with(42, "123456789012345")
                .with(64, new byte[8])));
        messages.add(OutboundMessage.of(IsoMessage.of("0400").with(3, "000000").with(4, "000000012345")
                .with(11, "000123").with(39, "98").with(41, "12345678").with(42, "123456789012345")
                .with(60, "22000001000").with(61, "000001000123")).withPan(Samples.PAN));
        messages.add(OutboundMessage.of(IsoMessage.of("0410").with(11, "000123").with(39, "25")
                .with(41, "12345678").with(42, "123456789012345")));
        String totals = "000000012345001000000000000000" + "0" + "000000000000000000000000000000" + "0";
        messages.add(OutboundMessage.of(IsoMessage.of("0500").with(11, "000124").with(41, "12345678")
                .with(42, "123456789012345").with(48, totals).with(49, "156").with(60, "00000001201")));
        messages.add(OutboundMessage.of(IsoMessage.of("0510").with(11, "000124").with(39, "00")
                .with(41, "12345678").with(42, "123456789012345").with(48, totals.replace('0', '1'))));
        messages.add(OutboundMessage.of(IsoMessage.of("0320").with(11, "000125").with(41, "12345678")
                .with(42, "123456789012345").with(48, "0003").with(60, "00000001207")));
        messages.add(OutboundMessage.of(IsoMessage.of("0330").with(11, "000125").with(39, "00")
                .with(41, "12345678").with(42, "123456789012345")));

        assertThat(messages).extracting(m -> m.message().mti())
                .containsExactlyInAnyOrderElementsOf(allMtis());
        for (OutboundMessage message : messages) {
            Frame decoded = FrameCodec.decode(FrameCodec.encode(message, TERMINAL_TPDU, HEADER));
            assertThat(decoded).isEqualTo(new Frame(TERMINAL_TPDU, HEADER, message.message()));
        }
    }

    @Test
    void aMessageWithACardNeedsTheFullNumberToBeEncoded() {
        IsoMessage masked = Samples.advice().message();

        assertThatThrownBy(() -> FrameCodec.encode(masked, TERMINAL_TPDU, HEADER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withPan");
    }

    @Test
    void valuesOutsideTheTableAreRefusedWhenSet() {
        IsoMessage message = IsoMessage.of("0800");

        assertThatThrownBy(() -> message.with(11, "12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.with(11, "12345a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.with(5, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.with(63, "caf\u00e9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.with(60, "1".repeat(18))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.with(2, Samples.PAN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoMessage.of("0999")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> allMtis() {
        List<String> all = new ArrayList<>(ProfileOne.REQUEST_MTIS);
        all.addAll(ProfileOne.REPLY_MTIS);
        return all;
    }
}
