package org.posdesk.connector.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.posdesk.connector.codec.Samples.HEADER;
import static org.posdesk.connector.codec.Samples.MAK;
import static org.posdesk.connector.codec.Samples.TERMINAL_TPDU;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class MacTest {

    private final Mac mac = new Mac(MAK);

    /**
     * The retail MAC by another route: the JDK's CBC mode over the zero-padded input with K1,
     * then the last block DES-decrypted with K2 and DES-encrypted with K1.
     */
    private static byte[] reference(byte[] data, byte[] key) throws Exception {
        SecretKeySpec k1 = new SecretKeySpec(Arrays.copyOfRange(key, 0, 8), "DES");
        SecretKeySpec k2 = new SecretKeySpec(Arrays.copyOfRange(key, 8, 16), "DES");
        int padded = data.length % 8 == 0 ? data.length : data.length + 8 - data.length % 8;
        byte[] input = Arrays.copyOf(data, padded);

        Cipher cbc = Cipher.getInstance("DES/CBC/NoPadding");
        cbc.init(Cipher.ENCRYPT_MODE, k1, new IvParameterSpec(new byte[8]));
        byte[] chained = cbc.doFinal(input);
        byte[] last = Arrays.copyOfRange(chained, chained.length - 8, chained.length);

        Cipher ecb = Cipher.getInstance("DES/ECB/NoPadding");
        ecb.init(Cipher.DECRYPT_MODE, k2);
        byte[] step = ecb.doFinal(last);
        ecb.init(Cipher.ENCRYPT_MODE, k1);
        return ecb.doFinal(step);
    }

    @Test
    void matchesTheReferenceComputation() throws Exception {
        byte[] data = "posdesk retail MAC, 27 byte".getBytes(StandardCharsets.US_ASCII);

        assertThat(data.length % 8).isNotZero();
        assertThat(mac.compute(data)).hasSize(8).isEqualTo(reference(data, MAK));
    }

    @Test
    void aChangedByteChangesTheMac() {
        byte[] data = "0220 amount 000000012345".getBytes(StandardCharsets.US_ASCII);
        byte[] changed = data.clone();
        changed[changed.length - 1] = '6';

        assertThat(mac.compute(changed)).isNotEqualTo(mac.compute(data));
    }

    @Test
    void verificationRejectsAWrongMac() {
        byte[] data = "0220 amount 000000012345".getBytes(StandardCharsets.US_ASCII);
        byte[] good = mac.compute(data);
        byte[] wrong = good.clone();
        wrong[7] ^= 0x01;

        assertThat(mac.verify(data, good)).isTrue();
        assertThat(mac.verify(data, wrong)).isFalse();
        assertThat(mac.verify(data, Arrays.copyOf(good, 4))).isFalse();
        assertThat(new Mac(Samples.hex("FEDCBA98765432100123456789ABCDEF")).verify(data, good)).isFalse();
    }

    @Test
    void aWholeNumberOfBlocksGetsNoPaddingBlock() throws Exception {
        byte[] data = "sixteen bytes!!!".getBytes(StandardCharsets.US_ASCII);

        assertThat(data).hasSize(16);
        assertThat(mac.compute(data)).isEqualTo(reference(data, MAK))
                .isNotEqualTo(mac.compute(Arrays.copyOf(data, 24)));
    }

    @Test
    void aSignedFrameCarriesTheMacOfMtiThroughField63() throws Exception {
        byte[] bytes = FrameCodec.encodeWithMac(Samples.advice(), TERMINAL_TPDU, HEADER, mac);
        IsoMessage decoded = FrameCodec.decode(bytes).message();

        byte[] covered = Arrays.copyOfRange(bytes, Tpdu.LENGTH + Header.LENGTH, bytes.length - 8);
        assertThat(decoded.binary(64)).contains(reference(covered, MAK));
        assertThat(FrameCodec.macMatches(bytes, mac)).isTrue();

        bytes[bytes.length - 20] ^= 0x01; // inside field 63, still printable ASCII
        assertThat(FrameCodec.decode(bytes).message().text(63)).isPresent();
        assertThat(FrameCodec.macMatches(bytes, mac)).isFalse();
    }
}
