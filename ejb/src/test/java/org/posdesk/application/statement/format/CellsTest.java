package org.posdesk.application.statement.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.MaskedPan;

/** Single cells: money, signs, year-less times, card masking, text cleaning (statements.md §C 2, 3, 9, 11). */
class CellsTest {

    @Test
    void yuanBecomesFenExactlyWithoutFloatingPoint() {
        assertThat(Cells.yuanToFen("19.99")).isEqualTo(1999);
        assertThat(Cells.yuanToFen("0.10")).isEqualTo(10);
        assertThat(Cells.yuanToFen("12.3")).isEqualTo(1230);
        assertThat(Cells.yuanToFen("7")).isEqualTo(700);
        assertThat(Cells.yuanToFen("1.000")).isEqualTo(100);
        // 0.29 * 100 is 28.999999999999996 in binary floating point.
        assertThat(Cells.yuanToFen("0.29")).isEqualTo(29);
        assertThat(Cells.yuanToFen("9999999999999.99")).isEqualTo(999_999_999_999_999L);
        assertThat(Cells.yuanToFen("-5.00")).as("direction comes from the type").isEqualTo(500);
        for (String bad : new String[] {"", "1.005", "1,234.50", "1e3", "abc", "1.", ".5", "12.3.4"}) {
            assertThatThrownBy(() -> Cells.yuanToFen(bad)).as(bad).isInstanceOf(Cells.CellException.class);
        }
    }

    @Test
    void fenCellsAreUnsignedZeroFilledDigits() {
        assertThat(Cells.digits("000000012345")).isEqualTo(12345);
        assertThatThrownBy(() -> Cells.digits("0000-0012345")).isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.digits("")).isInstanceOf(Cells.CellException.class);
    }

    @Test
    void signLettersAreKeptRawBlankIsNone() {
        assertThat(Cells.signLetter("D00000000012")).isEqualTo('D');
        assertThat(Cells.signLetter("C00000000012")).isEqualTo('C');
        assertThat(Cells.signLetter(" 00000000012")).isNull();
        assertThatThrownBy(() -> Cells.signLetter("X00000000012")).isInstanceOf(Cells.CellException.class);
    }

    @Test
    void yearlessTimesTakeTheClearingYearOrTheOneBefore() {
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        assertThat(Cells.yearless("1231235959", newYear)).isEqualTo(LocalDateTime.of(2025, 12, 31, 23, 59, 59));
        assertThat(Cells.yearless("0101000001", newYear)).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0, 1));
        assertThat(Cells.yearless("0314093000", LocalDate.of(2026, 3, 15))).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 30));
        assertThat(Cells.yearless("0000000000", newYear)).as("zeros: no original").isNull();
        assertThatThrownBy(() -> Cells.yearless("0229120000", LocalDate.of(2026, 3, 1)))
                .as("no 29 February in 2026").isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.yearless("1332120000", newYear)).isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.yearless("12311200", newYear)).isInstanceOf(Cells.CellException.class);
    }

    @Test
    void cardsAreMaskedToBinAndLastFour() {
        assertThat(Cells.maskCard("6222021234567890123")).isEqualTo(new MaskedPan("622202", "0123"));
        assertThat(Cells.maskCard("622202******0123")).isEqualTo(new MaskedPan("622202", "0123"));
        assertThat(Cells.maskCard("6222****0123")).isEqualTo(new MaskedPan("6222", "0123"));
        assertThat(Cells.maskCard("************0123")).isEqualTo(MaskedPan.lastFourOnly("0123"));
        assertThat(Cells.maskCard("")).isNull();
        assertThatThrownBy(() -> Cells.maskCard("62220212345"))
                .isInstanceOf(Cells.CellException.class).hasMessageNotContaining("62220212345");
        assertThatThrownBy(() -> Cells.maskCard("6222 0212 3456 7890"))
                .isInstanceOf(Cells.CellException.class).hasMessageNotContaining("0212");
    }

    @Test
    void textCellsLoseBacktickTabsAndPadding() {
        assertThat(Cells.clean("`4200000001202611220123456789")).isEqualTo("4200000001202611220123456789");
        assertThat(Cells.clean("2026112200001\t")).isEqualTo("2026112200001");
        assertThat(Cells.clean("  鲜果超市  ")).isEqualTo("鲜果超市");
        assertThat(Cells.clean(" `SUCCESS\t ")).isEqualTo("SUCCESS");
        assertThat(Cells.clean(null)).isEmpty();
    }
}
