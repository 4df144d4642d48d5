package org.posdesk.connector.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class Field60Test {

    @Test
    void elevenDigitsSplitIntoTheThreeSubfields() throws DecodeException {
        Field60 field = Field60.parse("00000001001");

        assertThat(field).isEqualTo(new Field60("00", "000001", "001"));
        assertThat(field.digits()).isEqualTo("00000001001");
    }

    @Test
    void eightDigitsMeanNoNetworkCode() throws DecodeException {
        assertThat(Field60.parse("22000007")).isEqualTo(new Field60("22", "000007", "000"));
    }

    @Test
    void digitsBeyond60Point3AreIgnored() throws DecodeException {
        assertThat(Field60.parse("2500000700012345")).isEqualTo(new Field60("25", "000007", "000"));
    }

    @Test
    void fewerThanEightDigitsAreRefused() {
        assertThat(catchThrowableOfType(() -> Field60.parse("2200000"), DecodeException.class).reason())
                .isEqualTo(DecodeException.Reason.BAD_LENGTH);
    }
}
