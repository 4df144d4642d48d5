package org.posdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAndSubtractsInMinorUnits() {
        Money a = Money.of(1_050, "CNY");
        Money b = Money.of(25, "CNY");

        assertThat(a.plus(b)).isEqualTo(Money.of(1_075, "CNY"));
        assertThat(b.minus(a)).isEqualTo(Money.of(-1_025, "CNY"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(a.times(3)).isEqualTo(Money.of(3_150, "CNY"));
        assertThat(a.isGreaterThan(b)).isTrue();
        assertThat(Money.zero("CNY").isZero()).isTrue();
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, "CNY").plus(Money.of(1, "USD")));
    }

    @Test
    void failsOnOverflowInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "CNY").plus(Money.of(1, "CNY")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void acceptsOnlyIso4217Codes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, "cny"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, "156"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, "XYZ"));
    }

    @Test
    void printsWithTheCurrencysDecimals() {
        assertThat(Money.of(1_234, "CNY")).hasToString("12.34 CNY");
        assertThat(Money.of(1_234, "JPY")).hasToString("1234 JPY");
    }
}
