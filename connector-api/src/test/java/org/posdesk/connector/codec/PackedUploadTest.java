package org.posdesk.connector.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.posdesk.connector.codec.Samples.ENTRY_PANS;
import static org.posdesk.connector.codec.Samples.HEADER;
import static org.posdesk.connector.codec.Samples.TERMINAL_TPDU;
import static org.posdesk.connector.codec.Samples.hex;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.posdesk.connector.codec.DecodeException.Reason;

class PackedUploadTest {

    /** In a 0320 of 11, 41, 42, 48, 60: field 48's LLL follows 11 (3 bytes), 41 (8) and 42 (15). */
    private static final int FIELD48_AT = Tpdu.LENGTH + Header.LENGTH + 2 + 8 + 3 + 8 + 15;

    private static final String FIELD48_WIRE = "0122" + "03"
            + "00" + "000101" + "6222021234567890123F" + "000000012345"
            + "01" + "000102" + "4761340987654321FFFF" + "000000100000"
            + "01" + "000103" + "3568891357924680135F" + "000000000999";

    private static List<String> middles() {
        return Arrays.stream(ENTRY_PANS).map(pan -> pan.substring(6, pan.length() - 4)).toList();
    }

    private static void showsNoMiddleDigits(String shown) {
        for (String middle : middles()) {
            assertThat(shown).doesNotContain(middle);
        }
    }

    /** A 0320 around a field 48 given as its wire hex (LLL included); 60 is {@code network}. */
    private static byte[] uploadWith48(String field48Hex, String field60) {
        byte[] template = FrameCodec.encode(IsoMessage.of("0320").with(11, "000210").with(41, "12345678")
                .with(42, "898310048161234").with(48, "00").with(60, field60), TERMINAL_TPDU, HEADER);
        assertThat(hex(Arrays.copyOfRange(template, FIELD48_AT, FIELD48_AT + 3))).isEqualTo("000200");
        byte[] field48 = hex(field48Hex);
        byte[] bytes = new byte[template.length - 3 + field48.length];
        System.arraycopy(template, 0, bytes, 0, FIELD48_AT);
        System.arraycopy(field48, 0, bytes, FIELD48_AT, field48.length);
        System.arraycopy(template, FIELD48_AT + 3, bytes, FIELD48_AT + field48.length, template.length - FIELD48_AT - 3);
        return bytes;
    }

    private static byte[] uploadWith48(String field48Hex) {
        return uploadWith48(field48Hex, "00000001201");
    }

    private static String entry(String scheme, String stan, String pan20, String amount) {
        return scheme + stan + pan20 + amount;
    }

    private static String field48(String count, String... entries) {
        String digits = count + String.join("", entries);
        return "%04d".formatted(digits.length()) + digits + (digits.length() % 2 == 1 ? "0" : "");
    }

    private static DecodeException refused(byte[] bytes) {
        DecodeException e = catchThrowableOfType(() -> FrameCodec.decode(bytes), DecodeException.class);
        assertThat(e).as("decode must fail").isNotNull();
        showsNoMiddleDigits(e.getMessage());
        return e;
    }

    @Test
    void entriesTravelWithTheirCardNumbersPaddedWithF() {
        byte[] bytes = FrameCodec.encode(Samples.packedUpload(), TERMINAL_TPDU, HEADER);

        assertThat(hex(bytes)).contains(FIELD48_WIRE);
        assertThat(hex(uploadWith48(FIELD48_WIRE))).isEqualTo(hex(bytes));
    }

    @Test
    void aPackedUploadRoundTripsWithEveryCardMasked() throws DecodeException {
        OutboundMessage outbound = Samples.packedUpload();
        Frame frame = FrameCodec.decode(FrameCodec.encodeWithMac(outbound, TERMINAL_TPDU, HEADER,
                new Mac(Samples.MAK)));
        IsoMessage message = frame.message();

        assertThat(message.fields()).containsExactly(11, 41, 42, 48, 60, 64);
        assertThat(message.without(64)).isEqualTo(outbound.message());
        assertThat(message.uploadEntries()).contains(List.of(
                new UploadEntry(false, "000101", new MaskedCard("622202", "0123", 19), "000000012345"),
                new UploadEntry(true, "000102", new MaskedCard("476134", "4321", 16), "000000100000"),
                new UploadEntry(true, "000103", new MaskedCard("356889", "0135", 19), "000000000999")));
        assertThat(message.uploadEntries().orElseThrow()).extracting(UploadEntry::scheme)
                .containsExactly("00", "01", "01");
        assertThat(message.text(48)).isEmpty();
        assertThat(message.has(48)).isTrue();
        assertThat(message.card()).isEmpty();
    }

    @Test
    void noStringFormOfTheDecodedMessageShowsTheMiddleDigits() throws DecodeException {
        OutboundMessage outbound = Samples.packedUpload();
        Frame frame = FrameCodec.decode(FrameCodec.encode(outbound, TERMINAL_TPDU, HEADER));
        IsoMessage message = frame.message();

        showsNoMiddleDigits(message.toString());
        showsNoMiddleDigits(frame.toString());
        showsNoMiddleDigits(outbound.toString());
        showsNoMiddleDigits(outbound.message().toString());
        assertThat(message.toString()).contains("622202*********0123", "476134******4321", "356889*********0135");
        for (UploadEntry entry : message.uploadEntries().orElseThrow()) {
            showsNoMiddleDigits(entry.toString());
            showsNoMiddleDigits(entry.card().toString());
            showsNoMiddleDigits(entry.card().masked());
            showsNoMiddleDigits(entry.card().bin() + entry.card().lastFour());
        }
        for (int field : message.fields()) {
            if (ProfileOne.FIELDS.get(field).encoding().isText()) {
                showsNoMiddleDigits(message.text(field).orElse(""));
            }
        }
    }

    @Test
    void theDecodedMessageCannotBeSentAgainWithoutTheFullNumbers() throws DecodeException {
        IsoMessage decoded = FrameCodec.decode(FrameCodec.encode(Samples.packedUpload(), TERMINAL_TPDU, HEADER))
                .message();

        assertThatThrownBy(() -> FrameCodec.encode(decoded, TERMINAL_TPDU, HEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withUploadEntry");
        assertThatThrownBy(() -> OutboundMessage.of(decoded).withUploadEntry(false, "000104", ENTRY_PANS[0],
                "000000000001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOutboundSideTakesOneToEightEntriesOfValidCardNumbers() {
        OutboundMessage upload = OutboundMessage.of(IsoMessage.of("0320").with(60, "00000001201"));
        for (int i = 1; i <= ProfileOne.MAX_UPLOAD_ENTRIES; i++) {
            upload = upload.withUploadEntry(false, "%06d".formatted(i), ENTRY_PANS[0], "000000000100");
        }
        OutboundMessage full = upload;

        assertThat(full.message().uploadEntries().orElseThrow()).hasSize(8);
        assertThatThrownBy(() -> full.withUploadEntry(false, "000009", ENTRY_PANS[0], "000000000100"))
                .isInstanceOf(IllegalArgumentException.class);
        OutboundMessage empty = OutboundMessage.of(IsoMessage.of("0320"));
        assertThatThrownBy(() -> empty.withUploadEntry(false, "000001", "12345678901", "000000000100"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> empty.withUploadEntry(false, "1", ENTRY_PANS[0], "000000000100"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> empty.withUploadEntry(false, "000001", ENTRY_PANS[0], "100"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboundMessage.of(IsoMessage.of("0320").with(48, "0003"))
                .withUploadEntry(false, "000001", ENTRY_PANS[0], "000000000100"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoMessage.of("0320").withUploadEntries(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoMessage.of("0320").with(48, "03F0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digitsInField48StayText() throws DecodeException {
        IsoMessage message = FrameCodec.decode(uploadWith48(field48("0003"), "00000001207")).message();

        assertThat(message.text(48)).contains("0003");
        assertThat(message.uploadEntries()).isEmpty();
        // all digits, though laid out like one entry: an entry without F is not a packed entry
        String digitsOnly = field48("01", entry("00", "000101", "62220212345678901234", "000000012345"));
        assertThat(FrameCodec.decode(uploadWith48(digitsOnly)).message().text(48)).isPresent();
        // a bare count announces entries but holds none: digits, left for the application to refuse
        assertThat(FrameCodec.decode(uploadWith48(field48("01"))).message().text(48)).contains("01");
    }

    @Test
    void aCountThatDisagreesWithTheLengthIsBadLength() {
        String one = entry("00", "000101", "6222021234567890123F", "000000012345");
        String two = entry("01", "000102", "4761340987654321FFFF", "000000100000");

        assertThat(refused(uploadWith48(field48("03", one, two))).reason()).isEqualTo(Reason.BAD_LENGTH);
        assertThat(refused(uploadWith48(field48("01", one, two))).reason()).isEqualTo(Reason.BAD_LENGTH);
        assertThat(refused(uploadWith48(field48("00", one))).reason()).isEqualTo(Reason.BAD_LENGTH);
        assertThat(refused(uploadWith48(field48("09", one, one, one, one, one, one, one, one, one))).reason())
                .isEqualTo(Reason.BAD_LENGTH);
        // not a whole number of entries: one digit too many or too few
        assertThat(refused(uploadWith48(field48("01", one + "0"))).reason()).isEqualTo(Reason.BAD_LENGTH);
        assertThat(refused(uploadWith48(field48("01", one.substring(1)))).reason()).isEqualTo(Reason.BAD_LENGTH);
    }

    @Test
    void cardNumbersMustBeTwelveToNineteenDigitsThenOnlyF() {
        String eleven = entry("00", "000101", "62220212345FFFFFFFFF", "000000012345");
        String twenty = entry("00", "000102", "62220212345678901234", "000000012345");
        String padded = entry("01", "000103", "4761340987654321FFFF", "000000100000");
        String digitAfterF = entry("00", "000101", "6222021234567890123F", "000000012345")
                .replace("0123F", "012F3");
        String nibbleA = entry("00", "000101", "62220212345678901A3F", "000000012345");

        assertThat(refused(uploadWith48(field48("01", eleven))).reason()).isEqualTo(Reason.BAD_LENGTH);
        assertThat(refused(uploadWith48(field48("02", twenty, padded))).reason()).isEqualTo(Reason.BAD_LENGTH);
        assertThat(refused(uploadWith48(field48("01", digitAfterF))).reason()).isEqualTo(Reason.BAD_BCD);
        assertThat(refused(uploadWith48(field48("01", nibbleA))).reason()).isEqualTo(Reason.BAD_BCD);
    }

    @Test
    void anFOutsideACardNumberOrAnUnknownSchemeIsBadBcd() {
        String good = entry("00", "000101", "6222021234567890123F", "000000012345");

        assertThat(refused(uploadWith48(field48("01", entry("02", "000101", "6222021234567890123F",
                "000000012345")))).reason()).isEqualTo(Reason.BAD_BCD);
        assertThat(refused(uploadWith48(field48("01", entry("00", "00010F", "6222021234567890123F",
                "000000012345")))).reason()).isEqualTo(Reason.BAD_BCD);
        assertThat(refused(uploadWith48(field48("01", entry("00", "000101", "6222021234567890123F",
                "00000001234F")))).reason()).isEqualTo(Reason.BAD_BCD);
        assertThat(refused(uploadWith48(field48("0F", good))).reason()).isEqualTo(Reason.BAD_BCD);
    }

    @Test
    void packedEntriesOutsideABatchUploadRecordAreBadBcd() {
        String entries = field48("01", entry("00", "000101", "6222021234567890123F", "000000012345"));

        // an upload end (60.3 207) carries a count, never entries
        DecodeException uploadEnd = refused(uploadWith48(entries, "00000001207"));
        assertThat(uploadEnd.reason()).isEqualTo(Reason.BAD_BCD);
        assertThat(uploadEnd.mti()).contains("0320");
        assertThat(uploadEnd.stan()).contains("000210");
        assertThat(uploadEnd.tid()).contains("12345678");
        assertThat(uploadEnd.mid()).contains("898310048161234");

        byte[] settlement = uploadWith48(entries);
        int mtiAt = Tpdu.LENGTH + Header.LENGTH;
        settlement[mtiAt] = 0x05;
        settlement[mtiAt + 1] = 0x00;
        assertThat(refused(settlement).reason()).isEqualTo(Reason.BAD_BCD);
    }

    @Test
    void aFailureInsidePackedEntriesKeepsTheEchoFieldsAndHidesTheNumbers() {
        String entries = field48("02", entry("00", "000101", "6222021234567890123F", "000000012345"),
                entry("02", "000102", "4761340987654321FFFF", "000000100000"));

        DecodeException e = refused(uploadWith48(entries));

        assertThat(e.reason()).isEqualTo(Reason.BAD_BCD);
        assertThat(e.stan()).contains("000210");
        assertThat(e.tid()).contains("12345678");
    }
}
