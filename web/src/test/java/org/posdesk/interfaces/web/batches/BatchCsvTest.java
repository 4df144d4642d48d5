package org.posdesk.interfaces.web.batches;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.posdesk.application.batch.BatchSummary;
import org.posdesk.application.batch.TotalsView;

/** The board's CSV: one header, one line per batch, numbers a spreadsheet reads, no formula injection. */
class BatchCsvTest {

    private static final TotalsView TERMINAL = new TotalsView(123456, 6, 500, 1, 0, 0, 0, 0);
    private static final TotalsView ZERO = new TotalsView(0, 0, 0, 0, 0, 0, 0, 0);
    private static final TotalsView POSDESK = new TotalsView(100000, 5, 500, 1, 0, 0, 0, 0);

    @Test
    void writesOneLinePerBatchUnderALocalisedHeader() throws IOException {
        StringWriter out = new StringWriter();
        BatchCsv csv = new BatchCsv(out, key -> key.startsWith("batch.state.") ? "批上送不完整" : "h");
        csv.header();
        csv.rows(List.of(new BatchSummary(7, "AB000101", "Store, \"North\"", 12, "UPLOAD_INCOMPLETE",
                Instant.parse("2026-05-04T01:02:03Z"), null, "CNY", TERMINAL, POSDESK, 6, 1, true)));

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0].split(",")).hasSize(BatchCsv.HEADER_KEYS.size());
        assertThat(lines[1]).isEqualTo("AB000101,\"Store, \"\"North\"\"\",12,批上送不完整,2026-05-04 09:02:03,,"
                + "6,1234.56,5,1000.00,1,5.00,1,5.00,6,1,CNY");
    }

    @Test
    void aBatchWithoutTerminalTotalsLeavesThoseCellsEmpty() throws IOException {
        StringWriter out = new StringWriter();
        new BatchCsv(out, key -> "x").rows(List.of(new BatchSummary(8, "AB000101", "S", 13, "OPEN",
                Instant.parse("2026-05-04T01:02:03Z"), null, "CNY", null, ZERO, null, 0, false)));

        assertThat(out.toString()).isEqualTo("AB000101,S,13,x,2026-05-04 09:02:03,,,,0,0.00,,,0,0.00,,0,CNY\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        assertThat(org.posdesk.interfaces.web.csv.CsvCells.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(org.posdesk.interfaces.web.csv.CsvCells.cell("+1")).isEqualTo("'+1");
        assertThat(org.posdesk.interfaces.web.csv.CsvCells.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(org.posdesk.interfaces.web.csv.CsvCells.cell("Store 1")).isEqualTo("Store 1");
    }
}
