package org.posdesk.application.order.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.posdesk.application.order.ImportLine;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportProblem.Code;
import org.posdesk.domain.shared.Money;

class RowValidatorTest {

    private static final Instant NOW = Instant.parse("2026-02-01T06:00:00Z");
    private static final RowValidator ANY_STORE = new RowValidator(new RowValidator.Context(
            Map.of("S1", 11L, "S2", 12L), Set.of(), ZoneId.of("Asia/Shanghai"), NOW, false));

    @Test
    void aGoodRowBecomesAnOrderInMinorUnitsAndMerchantTime() {
        RowValidator.Candidate c = ANY_STORE.check(
                new ImportLine(2, "A-1", "S2", "128.5", "cny", "2026-01-31 14:05")).candidate();

        assertThat(c.amount()).isEqualTo(Money.of(12_850, "CNY"));
        assertThat(c.storeId()).isEqualTo(12L);
        assertThat(c.orderedAt()).isEqualTo(Instant.parse("2026-01-31T06:05:00Z"));
    }

    @Test
    void defaultsAreCnyAndTheTimeOfTheImport() {
        RowValidator.Candidate c = ANY_STORE.check(new ImportLine(2, "A-1", null, "7", null, " ")).candidate();

        assertThat(c.amount()).isEqualTo(Money.of(700, "CNY"));
        assertThat(c.storeId()).isNull();
        assertThat(c.orderedAt()).isEqualTo(NOW);
    }

    @Test
    void everyWrongFieldOfARowIsReported() {
        assertThat(codes(new ImportLine(5, "A 1", "S9", "1,5", "XYZ", "yesterday")))
                .containsExactly(Code.ORDER_NUMBER_FORMAT, Code.STORE_UNKNOWN, Code.CURRENCY_UNKNOWN,
                        Code.AMOUNT_FORMAT, Code.ORDERED_AT_FORMAT);
        assertThat(codes(new ImportLine(5, null, null, null, null, null)))
                .containsExactly(Code.REQUIRED, Code.REQUIRED);
    }

    @Test
    void amountsMustBePositiveExactAndWithinTwelveDigits() {
        assertThat(codes(new ImportLine(2, "A", null, "0.00", null, null))).containsExactly(Code.AMOUNT_NOT_POSITIVE);
        assertThat(codes(new ImportLine(2, "A", null, "1.005", null, null))).containsExactly(Code.AMOUNT_TOO_PRECISE);
        assertThat(codes(new ImportLine(2, "A", null, "10000000000", null, null))).containsExactly(Code.AMOUNT_TOO_LARGE);
        assertThat(codes(new ImportLine(2, "A", null, "1.50", "JPY", null))).containsExactly(Code.AMOUNT_TOO_PRECISE);
        assertThat(codes(new ImportLine(2, "A", null, "-1", null, null))).containsExactly(Code.AMOUNT_FORMAT);
        assertThat(codes(new ImportLine(2, "A", null, "1.10", null, null))).isEmpty();
    }

    @Test
    void anOrderTimeInTheFutureIsRefusedBeyondAFewMinutesOfSkew() {
        assertThat(codes(new ImportLine(2, "A", null, "1", null, "2026-02-01 14:04:00"))).isEmpty();
        assertThat(codes(new ImportLine(2, "A", null, "1", null, "2026-02-01 15:00:00")))
                .containsExactly(Code.ORDERED_AT_FUTURE);
        assertThat(codes(new ImportLine(2, "A", null, "1", null, "2026-01-31T10:00:00+08:00"))).isEmpty();
    }

    @Test
    void aUserConfinedToStoresMustNameOneOfThem() {
        RowValidator confined = new RowValidator(new RowValidator.Context(Map.of("S1", 11L, "S2", 12L), Set.of(12L),
                ZoneId.of("Asia/Shanghai"), NOW, true));

        assertThat(confined.check(new ImportLine(1, "A", "S1", "1", null, null)).problems())
                .extracting(ImportProblem::code, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.STORE_NOT_YOURS, "store"));
        assertThat(confined.check(new ImportLine(1, "A", null, "1", null, null)).problems())
                .extracting(ImportProblem::code).containsExactly(Code.STORE_REQUIRED);
        assertThat(confined.check(new ImportLine(1, "A", "S2", "1", null, null)).candidate()).isNotNull();
        assertThat(confined.check(new ImportLine(1, null, "S2", "1", null, null)).problems())
                .extracting(ImportProblem::column).containsExactly("orderNumber");
    }

    private static java.util.List<Code> codes(ImportLine line) {
        return ANY_STORE.check(line).problems().stream().map(ImportProblem::code).toList();
    }
}
