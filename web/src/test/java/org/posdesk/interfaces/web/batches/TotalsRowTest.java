package org.posdesk.interfaces.web.batches;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.posdesk.application.batch.TotalsView;

/** The totals table: the three sides per figure, the disagreeing figures marked, missing sides blank. */
class TotalsRowTest {

    @Test
    void figuresWhereTheTerminalAndPosdeskDisagreeAreMarked() {
        List<TotalsRow> rows = TotalsRow.of(new TotalsView(60000, 6, 0, 0, 0, 0, 0, 0),
                new TotalsView(50000, 5, 0, 0, 0, 0, 0, 0), null);

        assertThat(rows).hasSize(8);
        assertThat(rows.get(0)).isEqualTo(new TotalsRow("batch.totals.salesCount", "6", "5", "", false));
        assertThat(rows.get(1)).isEqualTo(new TotalsRow("batch.totals.salesAmount", "600.00", "500.00", "", false));
        assertThat(rows.subList(2, 8)).allSatisfy(row -> assertThat(row.agree()).isTrue());
    }

    @Test
    void beforeTheSettlementOnlyPosdesksSideIsShown() {
        TotalsRow sales = TotalsRow.of(null, new TotalsView(123456, 3, 0, 0, 0, 0, 0, 0),
                new TotalsView(123456, 3, 0, 0, 0, 0, 0, 0)).get(1);

        assertThat(sales).isEqualTo(new TotalsRow("batch.totals.salesAmount", "", "1,234.56", "1,234.56", true));
    }
}
