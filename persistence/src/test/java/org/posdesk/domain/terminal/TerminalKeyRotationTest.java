package org.posdesk.domain.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.Tid;

class TerminalKeyRotationTest {

    private static final Instant REGISTERED = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-22T09:00:00Z");

    private static Terminal terminal() {
        return new Terminal(new Tid("10000021"), 1L, 1L, "SN-1", "PAX A920", new byte[16], key(1), REGISTERED);
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aStagedKeyWaitsWithItsDateAndReplacesTheActiveOneWhenUsed() {
        Terminal terminal = terminal();
        assertThat(terminal.getMacKeyActivatedAt()).as("since registration").isEqualTo(REGISTERED);

        assertThat(terminal.stageMacKey(key(2), T1)).isTrue();
        assertThat(terminal.getMacKeyPendingSince()).contains(T1);

        Instant used = T1.plusSeconds(60);
        terminal.activatePendingMacKey(used);
        assertThat(terminal.getMakEncrypted()).isEqualTo(key(2));
        assertThat(terminal.hasPendingMacKey()).isFalse();
        assertThat(terminal.getMacKeyPendingSince()).isEmpty();
        assertThat(terminal.getMacKeyActivatedAt()).isEqualTo(used);
    }

    @Test
    void aSecondRequestKeepsTheKeyAlreadyWaiting() {
        Terminal terminal = terminal();
        terminal.stageMacKey(key(2), T1);

        // The terminal may already hold the first key from a sign-on reply: replacing it would lock it out.
        assertThat(terminal.stageMacKey(key(3), T1.plusSeconds(5))).isFalse();
        assertThat(terminal.getMakPendingEncrypted()).hasValueSatisfying(k -> assertThat(k).isEqualTo(key(2)));
        assertThat(terminal.getMacKeyPendingSince()).contains(T1);
    }

    @Test
    void theKeysAgeCountsFromItsActivation() {
        Terminal terminal = terminal();
        Duration month = Duration.ofDays(30);
        assertThat(terminal.isMacKeyOlderThan(month, REGISTERED.plus(Duration.ofDays(29)))).isFalse();
        assertThat(terminal.isMacKeyOlderThan(month, REGISTERED.plus(Duration.ofDays(31)))).isTrue();

        terminal.stageMacKey(key(2), T1);
        terminal.activatePendingMacKey(T1);
        assertThat(terminal.isMacKeyOlderThan(month, T1.plus(Duration.ofDays(29)))).isFalse();
    }

    @Test
    void withoutAStagedKeyThereIsNothingToActivate() {
        assertThatThrownBy(() -> terminal().activatePendingMacKey(T1)).isInstanceOf(IllegalStateException.class);
    }
}
