package org.posdesk.connector.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.posdesk.connector.codec.Samples.HEADER;
import static org.posdesk.connector.codec.Samples.TERMINAL_TPDU;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.posdesk.connector.codec.DecodeException.Reason;

class MalformedFrameTest {

    private static final int MTI_AT = Tpdu.LENGTH + Header.LENGTH;
    private static final int BITMAP_AT = MTI_AT + 2;
    private static final int FIELDS_AT = BITMAP_AT + 8;
    /** In the sign-on: 11 (3 bytes), then 41 (8), 42 (15), then 60's LLL. */
    private static final int TID_AT = FIELDS_AT + 3;
    private static final int FIELD60_AT = TID_AT + 8 + 15;

    private static byte[] signOn() {
        return FrameCodec.encode(Samples.signOn(), TERMINAL_TPDU, HEADER);
    }

    @Test
    void everyCutOfAPackedUploadIsTruncated() {
        byte[] valid = FrameCodec.encodeWithMac(Samples.packedUpload(), TERMINAL_TPDU, HEADER, new Mac(Samples.MAK));
        for (int length = 0; length < valid.length; length++) {
            byte[] cut = Arrays.copyOf(valid, length);
            assertThat(decodeFailure(cut).reason()).as("cut at %d", length).isEqualTo(Reason.TRUNCATED);
        }
    }

    private static byte[] signedAdvice() {
        return FrameCodec.encodeWithMac(Samples.advice(), TERMINAL_TPDU, HEADER, new Mac(Samples.MAK));
    }

    private static DecodeException decodeFailure(byte[] bytes) {
        DecodeException e = catchThrowableOfType(() -> FrameCodec.decode(bytes), DecodeException.class);
        assertThat(e).as("decode must fail").isNotNull();
        return e;
    }

    @Test
    void everyCutOfAValidFrameIsTruncated() {
        for (byte[] valid : List.of(signOn(), signedAdvice())) {
            for (int length = 0; length < valid.length; length++) {
                byte[] cut = Arrays.copyOf(valid, length);
                assertThat(decodeFailure(cut).reason()).as("cut at %d", length).isEqualTo(Reason.TRUNCATED);
            }
        }
    }

    @Test
    void aNibbleAboveNineIsBadBcdAndKeepsWhatWasRead() {
        byte[] bytes = signOn();
        bytes[FIELD60_AT + 2] = (byte) 0xA0;

        DecodeException e = decodeFailure(bytes);

        assertThat(e.reason()).isEqualTo(Reason.BAD_BCD);
        assertThat(e.mti()).contains("0800");
        assertThat(e.stan()).contains("000001");
        assertThat(e.tid()).contains("12345678");
        assertThat(e.mid()).contains("123456789012345");
    }

    @Test
    void aPadNibbleOtherThanZeroOrFIsBadBcd() {
        byte[] bytes = FrameCodec.encode(IsoMessage.of("0220").with(22, "071"), TERMINAL_TPDU, HEADER);
        bytes[bytes.length - 1] = 0x15;

        assertThat(decodeFailure(bytes).reason()).isEqualTo(Reason.BAD_BCD);
    }

    @Test
    void anMtiOutsideTheProfileIsUnknownButStillReportsTheEchoFields() {
        byte[] bytes = signOn();
        bytes[MTI_AT] = 0x09;
        bytes[MTI_AT + 1] = (byte) 0x99;

        DecodeException e = decodeFailure(bytes);

        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_MTI);
        assertThat(e.mti()).contains("0999");
        assertThat(e.stan()).contains("000001");
        assertThat(e.tid()).contains("12345678");
    }

    @Test
    void theSecondaryBitmapBitIsRefused() {
        byte[] bytes = signOn();
        bytes[BITMAP_AT] |= (byte) 0x80;

        assertThat(decodeFailure(bytes).reason()).isEqualTo(Reason.SECONDARY_BITMAP);
    }

    @Test
    void aFieldOutsideTheProfileIsNotAllowed() {
        byte[] bytes = signOn();
        bytes[BITMAP_AT] |= 0x08; // field 5

        DecodeException e = decodeFailure(bytes);

        assertThat(e.reason()).isEqualTo(Reason.FIELD_NOT_ALLOWED);
        assertThat(e.mti()).contains("0800");
    }

    @Test
    void bytesAfterTheLastFieldAreABitmapMismatch() {
        byte[] valid = signOn();
        byte[] bytes = Arrays.copyOf(valid, valid.length + 2);

        assertThat(decodeFailure(bytes).reason()).isEqualTo(Reason.BITMAP_MISMATCH);
    }

    @Test
    void aVariableLengthAboveTheMaximumIsBadLength() {
        byte[] bytes = signOn();
        assertThat(bytes[FIELD60_AT + 1]).isEqualTo((byte) 0x11);
        bytes[FIELD60_AT + 1] = 0x18;

        assertThat(decodeFailure(bytes).reason()).isEqualTo(Reason.BAD_LENGTH);
    }

    @Test
    void aControlCharacterInAnAsciiFieldIsRefused() {
        byte[] bytes = signOn();
        bytes[TID_AT] = 0x01;

        DecodeException e = decodeFailure(bytes);

        assertThat(e.reason()).isEqualTo(Reason.BAD_CHARACTER);
        assertThat(e.stan()).contains("000001");
        assertThat(e.tid()).isEmpty();
    }

    @Test
    void aTpduWithoutItsIdIsRefusedBeforeAnythingIsRead() {
        byte[] bytes = signOn();
        bytes[0] = 0x61;

        DecodeException e = decodeFailure(bytes);

        assertThat(e.reason()).isEqualTo(Reason.BAD_TPDU);
        assertThat(e.mti()).isEmpty();
    }

    @Test
    void aFrameAboveTheLimitIsOversize() throws DecodeException {
        byte[] bytes = signOn();

        DecodeException e = catchThrowableOfType(() -> FrameCodec.decode(bytes, bytes.length - 1),
                DecodeException.class);

        assertThat(e.reason()).isEqualTo(Reason.OVERSIZE);
        assertThat(FrameCodec.decode(bytes, bytes.length).message()).isEqualTo(Samples.signOn());
        assertThat(catchThrowableOfType(() -> LengthPrefix.read((byte) 0x10, (byte) 0x01, 4096),
                DecodeException.class).reason()).isEqualTo(Reason.OVERSIZE);
    }

    @Test
    void aLengthPrefixThatDisagreesWithTheBytesIsRefused() {
        byte[] framed = LengthPrefix.add(signOn());

        assertThat(catchThrowableOfType(() -> LengthPrefix.remove(Arrays.copyOf(framed, framed.length - 1)),
                DecodeException.class).reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(catchThrowableOfType(() -> LengthPrefix.remove(Arrays.copyOf(framed, framed.length + 1)),
                DecodeException.class).reason()).isEqualTo(Reason.BAD_LENGTH);
    }

    // The issue asks for at least 100,000 mutated frames per CI run; the codec decodes them in
    // about a second, so all of them go through here, and a smaller sample goes over TCP in an IT.
    private static final int MUTATED_FRAMES = 100_000;

    @Test
    void randomMutationsEndInAFrameOrADecodeException() {
        List<byte[]> valid = List.of(signOn(), signedAdvice(),
                FrameCodec.encode(IsoMessage.of("0810").with(11, "000001").with(39, "00")
                        .with(62, new byte[20]).with(63, "CUP"), TERMINAL_TPDU.reply(), HEADER),
                FrameCodec.encodeWithMac(Samples.packedUpload(), TERMINAL_TPDU, HEADER, new Mac(Samples.MAK)));
        Random random = new Random(42);
        int decoded = 0;
        int decodedPacked = 0;
        int refused = 0;
        for (int round = 0; round < MUTATED_FRAMES; round++) {
            byte[] bytes = valid.get(random.nextInt(valid.size()));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                bytes = mutate(bytes, random);
            }
            try {
                if (FrameCodec.decode(bytes).message().uploadEntries().isPresent()) {
                    decodedPacked++;
                }
                decoded++;
            } catch (DecodeException e) {
                refused++;
            } catch (RuntimeException | Error e) {
                fail("round " + round + " escaped with " + e + " on " + Samples.hex(bytes), e);
            }
        }
        // Both outcomes must occur, or the mutations are not reaching the decoder's paths.
        assertThat(decoded).isPositive();
        assertThat(decodedPacked).isPositive();
        assertThat(refused).isPositive();
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        switch (random.nextInt(3)) {
            case 0 -> {
                if (bytes.length > 0) {
                    bytes = bytes.clone();
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {
                byte[] longer = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, longer, 0, at);
                longer[at] = (byte) random.nextInt(256);
                System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                bytes = longer;
            }
            default -> {
                if (bytes.length > 0) {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
            }
        }
        return bytes;
    }
}
