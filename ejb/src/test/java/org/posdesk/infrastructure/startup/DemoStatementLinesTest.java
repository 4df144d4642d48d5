package org.posdesk.infrastructure.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.posdesk.application.statement.format.FixedWidthWriter;
import org.posdesk.application.statement.format.StatementProfiles;

class DemoStatementLinesTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 21, 12, 0);

    @Test
    void aCleanDayHasOneLinePerSaleAsTheJournalHasIt() {
        List<DemoStatementLines.Sale> sales = sales(10);
        List<Map<String, String>> lines = DemoStatementLines.lines(sales, false);
        assertThat(lines).hasSize(10);
        assertThat(lines).extracting(l -> l.get("trace")).containsExactlyElementsOf(
                sales.stream().map(DemoStatementLines.Sale::stan).toList());
        assertThat(lines).extracting(l -> l.get("amount")).containsExactlyElementsOf(
                sales.stream().map(s -> Long.toString(s.amountFen())).toList());
        assertThat(lines.get(6).get("mti")).as("a refund is an 0220").isEqualTo("0220");
        assertThat(lines.get(5).get("mti")).isEqualTo("0200");
    }

    @Test
    void theShowDayCarriesOneOfEachDiscrepancy() {
        List<DemoStatementLines.Sale> sales = sales(10);
        List<Map<String, String>> lines = DemoStatementLines.lines(sales, true);

        assertThat(lines).as("missing at the acquirer").noneMatch(l -> l.get("trace").equals(sales.get(0).stan()));
        assertThat(lines).filteredOn(l -> l.get("trace").equals(sales.get(1).stan())).singleElement()
                .satisfies(l -> assertThat(l.get("amount")).isEqualTo(Long.toString(sales.get(1).amountFen() + 1)));
        assertThat(lines).filteredOn(l -> l.get("trace").equals(sales.get(2).stan())).hasSize(2);
        List<String> known = sales.stream().map(DemoStatementLines.Sale::stan).toList();
        assertThat(lines).filteredOn(l -> !known.contains(l.get("trace"))).singleElement()
                .satisfies(l -> assertThat(l.get("tid")).isEqualTo(sales.get(3).tid()));
        assertThat(lines).hasSize(10 - 1 + 1 + 1);
    }

    @Test
    void aShortDayIsWrittenCleanAndEveryLineFitsTheProfile() {
        assertThat(DemoStatementLines.lines(sales(5), true)).hasSize(5);
        FixedWidthWriter writer = new FixedWidthWriter(StatementProfiles.builtIn().find(DemoStatements.PROFILE)
                .orElseThrow());
        for (Map<String, String> line : DemoStatementLines.lines(sales(10), true)) {
            String text = new String(writer.line(line, false), Charset.forName("GBK"));
            assertThat(text).endsWith("\r\n").contains(line.get("tid")).contains(line.get("rrn"));
        }
    }

    private static List<DemoStatementLines.Sale> sales(int n) {
        List<DemoStatementLines.Sale> sales = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            sales.add(new DemoStatementLines.Sale(i == 7 ? "REFUND" : "SALE", "1000000" + (i % 9 + 1), "898310058120001",
                    "%012d".formatted(5_000_000 + i), "%06d".formatted(i), 1_000L * i, "622202", "%04d".formatted(i),
                    NOON.plusMinutes(i)));
        }
        return sales;
    }
}
