package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

class KeyBlockTest {

    private static final byte[] KEY = HexFormat.of().parseHex("0123456789ABCDEFFEDCBA9876543210");

    @Test
    void theCheckValueIsTheKnownOneForTheStandardTestKey() {
        // openssl enc -des-ede-ecb -K 0123456789ABCDEFFEDCBA9876543210 -nopad over 8 zero bytes: 08d7b4fb629d0885
        assertThat(HexFormat.of().formatHex(KeyBlock.checkValue(KEY))).isEqualTo("08d7b4fb");
    }

    @Test
    void theNewKeyIsEncryptedUnderTheMasterKeyAndFollowedByItsCheckValue() {
        byte[] newMak = HexFormat.of().parseHex("112233445566778899AABBCCDDEEFF00");
        byte[] block = KeyBlock.wrap(newMak, KEY);
        assertThat(block).hasSize(20);
        // same openssl command over the new key
        assertThat(HexFormat.of().formatHex(Arrays.copyOf(block, 16))).isEqualTo("3eb3b72576bbbe835601104f2df94405");
        assertThat(KeyBlock.tripleDes(Cipher.DECRYPT_MODE, KEY, Arrays.copyOf(block, 16))).isEqualTo(newMak);
        assertThat(Arrays.copyOfRange(block, 16, 20)).isEqualTo(KeyBlock.checkValue(newMak));
    }
}
