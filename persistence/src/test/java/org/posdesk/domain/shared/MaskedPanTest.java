package org.posdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MaskedPanTest {

    @Test
    void fromFullPanKeepsOnlyBinAndLastFour() {
        MaskedPan card = MaskedPan.fromFullPan("6222021234567890123");

        assertThat(card.bin()).isEqualTo("622202");
        assertThat(card.lastFour()).isEqualTo("0123");
        assertThat(card.toString()).isEqualTo("622202******0123").doesNotContain("123456789");
    }

    @Test
    void refusesToHoldMoreThanSixLeadingDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MaskedPan("6222021", "0123"));
        assertThatIllegalArgumentException().isThrownBy(() -> new MaskedPan("622202", "01234"));
    }

    @Test
    void rejectsWhatIsNotAPan() {
        assertThatIllegalArgumentException().isThrownBy(() -> MaskedPan.fromFullPan("62220212345"));
        assertThatIllegalArgumentException().isThrownBy(() -> MaskedPan.fromFullPan("6222021234567890123456"));
        assertThatIllegalArgumentException().isThrownBy(() -> MaskedPan.fromFullPan("6222-0212-3456-7890"));
    }

    @Test
    void errorMessageDoesNotRepeatTheRejectedNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> MaskedPan.fromFullPan("62220212345678901234567"))
                .withMessageNotContaining("6222021234");
    }

    @Test
    void lastFourAloneIsAllowed() {
        assertThat(MaskedPan.lastFourOnly("0123").toString()).isEqualTo("******0123");
    }
}
