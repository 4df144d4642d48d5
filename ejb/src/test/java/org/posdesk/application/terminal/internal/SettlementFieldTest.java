package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.posdesk.domain.batch.Totals;

class SettlementFieldTest {

    // domestic: debit 1,234.56 x 3, credit 100.00 x 1; foreign: debit 50.00 x 1, nothing credited
    private static final String FROM_TERMINAL = "000000123456" + "003" + "000000010000" + "001" + "0"
            + "000000005000" + "001" + "000000000000" + "000" + "0";

    @Test
    void parsesBothBlocks() {
        SettlementField field = SettlementField.parse(FROM_TERMINAL).orElseThrow();
        assertThat(field.domestic()).isEqualTo(new SettlementField.Block(123_456, 3, 10_000, 1, 0));
        assertThat(field.foreign()).isEqualTo(new SettlementField.Block(5_000, 1, 0, 0, 0));
        assertThat(field.totals()).isEqualTo(new Totals(123_456, 3, 10_000, 1, 5_000, 1, 0, 0));
    }

    @Test
    void formatsBackToTheSameDigits() {
        assertThat(SettlementField.parse(FROM_TERMINAL).orElseThrow().digits()).isEqualTo(FROM_TERMINAL);
    }

    @Test
    void theReplyEchoesTheTotalsWithPosdesksResultDigitInEachBlock() {
        String reply = SettlementField.parse(FROM_TERMINAL).orElseThrow().withResults(1, 2).digits();
        assertThat(reply).hasSize(62);
        assertThat(reply.charAt(30)).isEqualTo('1');
        assertThat(reply.charAt(61)).isEqualTo('2');
        assertThat(reply.substring(0, 30)).isEqualTo(FROM_TERMINAL.substring(0, 30));
        assertThat(reply.substring(31, 61)).isEqualTo(FROM_TERMINAL.substring(31, 61));
    }

    @Test
    void anythingButSixtyTwoDigitsIsRejected() {
        assertThat(SettlementField.parse(FROM_TERMINAL.substring(1))).isEmpty();
        assertThat(SettlementField.parse(FROM_TERMINAL + "0")).isEmpty();
        assertThat(SettlementField.parse(FROM_TERMINAL.replace('5', 'F'))).isEmpty();
    }
}
