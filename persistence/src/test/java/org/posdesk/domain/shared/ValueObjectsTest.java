package org.posdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void tidIsExactlyEightLettersOrDigits() {
        assertThat(Tid.of("T0000001").value()).isEqualTo("T0000001");
        assertThatIllegalArgumentException().isThrownBy(() -> Tid.of("T000001"));
        assertThatIllegalArgumentException().isThrownBy(() -> Tid.of("T00000012"));
        assertThatIllegalArgumentException().isThrownBy(() -> Tid.of("T000 001"));
        assertThatThrownBy(() -> Tid.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void midIsExactlyFifteenCharacters() {
        assertThat(Mid.of("898310148160568")).isEqualTo(Mid.of("898310148160568"));
        assertThatIllegalArgumentException().isThrownBy(() -> Mid.of("89831014816056"));
    }

    @Test
    void stanIsSixDigitsAndPadsNumbers() {
        assertThat(Stan.of(42).value()).isEqualTo("000042");
        assertThat(Stan.of("000042").asInt()).isEqualTo(42);
        assertThatIllegalArgumentException().isThrownBy(() -> Stan.of("00042"));
        assertThatIllegalArgumentException().isThrownBy(() -> Stan.of("00004A"));
        assertThatIllegalArgumentException().isThrownBy(() -> Stan.of(1_000_000));
    }

    @Test
    void batchNumberStaysWithinOneTo999999AndWraps() {
        assertThat(BatchNumber.of(1).formatted()).isEqualTo("000001");
        assertThat(BatchNumber.of(999_999).next()).isEqualTo(BatchNumber.of(1));
        assertThatIllegalArgumentException().isThrownBy(() -> BatchNumber.of(0));
        assertThatIllegalArgumentException().isThrownBy(() -> BatchNumber.of(1_000_000));
    }

    @Test
    void rrnAuthCodeAndOrderNumberCheckTheirFormats() {
        assertThat(Rrn.of("123456789012").value()).hasSize(12);
        assertThatIllegalArgumentException().isThrownBy(() -> Rrn.of("12345678901"));
        assertThat(AuthCode.of("A1B2C3").value()).isEqualTo("A1B2C3");
        assertThatIllegalArgumentException().isThrownBy(() -> AuthCode.of("A1B2C"));
        assertThat(OrderNumber.of("SO-2026_0001").value()).isEqualTo("SO-2026_0001");
        assertThatIllegalArgumentException().isThrownBy(() -> OrderNumber.of("SO 1"));
        assertThatIllegalArgumentException().isThrownBy(() -> OrderNumber.of("x".repeat(33)));
        assertThatIllegalArgumentException().isThrownBy(() -> OrderNumber.of(""));
    }

    @Test
    void converterRoundTripsAndKeepsNull() {
        Tid.JpaConverter converter = new Tid.JpaConverter();
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(Tid.of("ABCD1234"))))
                .isEqualTo(Tid.of("ABCD1234"));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
