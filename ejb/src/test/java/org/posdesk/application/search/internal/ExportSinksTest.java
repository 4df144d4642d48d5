package org.posdesk.application.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.posdesk.application.search.ExportFormat;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ExportSinksTest {

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowSink sink = RowSink.open(ExportFormat.CSV, out, List.of("a", "b", "c"))) {
            sink.row(Arrays.asList("店铺, \"一号\"", new BigDecimal("12.30"), null));
            sink.row(Arrays.asList("=HYPERLINK(\"x\")", "-5", "ok"));
        }
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFa,b,c\r\n");
        assertThat(text).contains("\"店铺, \"\"一号\"\"\",12.30,\r\n");
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\",'-5,ok\r\n");
    }

    @Test
    void xlsxIsAWellFormedWorkbookWhoseRowsGoOnInANewSheetWithTheHeaderAgain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowSink sink = new XlsxSink(out, List.of("time", "amount"), 3)) {
            for (int i = 1; i <= 5; i++) {
                sink.row(Arrays.asList("row <" + i + "> & \u0001", new BigDecimal(i + ".50")));
            }
        }
        Map<String, Document> parts = parts(out.toByteArray());

        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                "xl/worksheets/sheet3.xml");
        assertThat(parts.get("xl/workbook.xml").getElementsByTagName("sheet").getLength()).isEqualTo(3);
        assertThat(rows(parts.get("xl/worksheets/sheet1.xml")))
                .containsExactly(List.of("time", "amount"), List.of("row <1> & ", "1.50"), List.of("row <2> & ", "2.50"));
        assertThat(rows(parts.get("xl/worksheets/sheet3.xml")))
                .containsExactly(List.of("time", "amount"), List.of("row <5> & ", "5.50"));
    }

    @Test
    void anEmptyXlsxStillHasItsHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowSink.open(ExportFormat.XLSX, out, List.of("only", "header")).close();

        assertThat(rows(parts(out.toByteArray()).get("xl/worksheets/sheet1.xml")))
                .containsExactly(List.of("only", "header"));
    }

    @Test
    void columnsAreNamedLikeASpreadsheets() {
        assertThat(XlsxSink.column(0)).isEqualTo("A");
        assertThat(XlsxSink.column(25)).isEqualTo("Z");
        assertThat(XlsxSink.column(26)).isEqualTo("AA");
    }

    static Map<String, Document> parts(byte[] zip) throws Exception {
        Map<String, Document> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                parts.put(entry.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes())));
            }
        }
        return parts;
    }

    static List<List<String>> rows(Document sheet) {
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = sheet.getElementsByTagName("row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            NodeList cells = ((org.w3c.dom.Element) rowNodes.item(r)).getElementsByTagName("c");
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) {
                row.add(cells.item(c).getTextContent());
            }
            rows.add(row);
        }
        return rows;
    }
}
