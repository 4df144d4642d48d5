package org.posdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");
    private static final byte[] SECRET = "12345678901234567890".getBytes();

    @Test
    void aPendingSecretIsNotActiveUntilConfirmed() throws Exception {
        SecondFactor factor = SecondFactor.of(savedUser());
        factor.beginEnrolment(new byte[] {1, 2, 3});

        assertThat(factor.isActive()).isFalse();
        assertThat(factor.getSecretEncrypted()).isEmpty();

        factor.activate(42, List.of(RecoveryCode.hashed("abcde-fghjk")), T0);

        assertThat(factor.isActive()).isTrue();
        assertThat(factor.getSecretEncrypted()).hasValueSatisfying(s -> assertThat(s).containsExactly(1, 2, 3));
        assertThat(factor.getPendingSecretEncrypted()).isEmpty();
        assertThat(factor.getLastUsedStep()).isEqualTo(42);
    }

    @Test
    void activatingWithoutEnrolmentIsRefused() throws Exception {
        SecondFactor factor = SecondFactor.of(savedUser());

        assertThatThrownBy(() -> factor.activate(1, List.of(), T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCodeWorksOnceAndNoEarlierCodeAfterIt() throws Exception {
        SecondFactor factor = active();
        long step = Totp.stepAt(T0);
        String code = Totp.code(SECRET, step, 6);

        assertThat(factor.acceptedStep(SECRET, code, T0)).hasValue(step);
        factor.useStep(step);

        assertThat(factor.acceptedStep(SECRET, code, T0)).isEmpty();
        assertThat(factor.acceptedStep(SECRET, Totp.code(SECRET, step - 1, 6), T0)).isEmpty();
        assertThat(factor.acceptedStep(SECRET, Totp.code(SECRET, step + 1, 6), T0)).hasValue(step + 1);
        assertThatThrownBy(() -> factor.useStep(step)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRecoveryCodeWorksOnceWhateverTheSpellingAndTheOthersStay() throws Exception {
        List<String> plain = RecoveryCode.generate();
        SecondFactor factor = SecondFactor.of(savedUser());
        factor.beginEnrolment(new byte[] {9});
        factor.activate(1, plain.stream().map(RecoveryCode::hashed).toList(), T0);

        assertThat(plain).hasSize(RecoveryCode.COUNT).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(factor.useRecoveryCode(plain.get(3).toUpperCase().replace("-", " "), T0)).isTrue();
        assertThat(factor.useRecoveryCode(plain.get(3), T0)).isFalse();
        assertThat(factor.useRecoveryCode("not-a-code", T0)).isFalse();
        assertThat(factor.unusedRecoveryCodes()).isEqualTo(RecoveryCode.COUNT - 1);
        assertThat(factor.useRecoveryCode(plain.get(4), T0)).isTrue();
    }

    @Test
    void reEnrolmentReplacesTheRecoveryCodes() throws Exception {
        SecondFactor factor = active();
        List<String> first = RecoveryCode.generate();
        factor.beginEnrolment(new byte[] {7});
        factor.activate(5, first.stream().map(RecoveryCode::hashed).toList(), T0);
        factor.beginEnrolment(new byte[] {8});
        factor.activate(6, List.of(RecoveryCode.hashed("zzzzz-zzzzz")), T0);

        assertThat(factor.useRecoveryCode(first.get(0), T0)).isFalse();
        assertThat(factor.useRecoveryCode("zzzzzzzzzz", T0)).isTrue();
    }

    private static SecondFactor active() throws Exception {
        SecondFactor factor = SecondFactor.of(savedUser());
        factor.beginEnrolment(new byte[] {1});
        factor.activate(0, List.of(), T0.minusSeconds(3600));
        return factor;
    }

    private static AppUser savedUser() throws Exception {
        AppUser user = AppUser.staff("agent9", "Agent Nine", "hash", Role.AGENT, T0);
        Field id = AppUser.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(user, 77L);
        return user;
    }
}
