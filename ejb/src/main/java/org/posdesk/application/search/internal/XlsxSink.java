package org.posdesk.application.search.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Office Open XML workbook written straight into a zip stream: each row goes out as it
 * comes, text as inline strings (no shared-string table to hold), so memory stays flat. A sheet
 * holds at most Excel's 1,048,576 rows; beyond that the rows go on in the next sheet, each with
 * the header again. The workbook's index parts are written last, when the sheets are known.
 */
final class XlsxSink implements RowSink {

    static final int MAX_ROWS_PER_SHEET = 1_048_576;

    private final ZipOutputStream zip;
    private final Writer out;
    private final List<Object> header;
    private final int maxRowsPerSheet;
    private int sheets;
    private int rowInSheet;

    XlsxSink(OutputStream stream, List<String> header) {
        this(stream, header, MAX_ROWS_PER_SHEET);
    }

    /** @param maxRowsPerSheet smaller than Excel's limit only in tests of the roll-over */
    XlsxSink(OutputStream stream, List<String> header, int maxRowsPerSheet) {
        zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        this.header = List.copyOf(header);
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        if (sheets == 0 || rowInSheet == maxRowsPerSheet) {
            nextSheet();
        }
        writeRow(cells);
    }

    private void nextSheet() throws IOException {
        if (sheets > 0) {
            endSheet();
        }
        startSheet();
        writeRow(header);
    }

    private void startSheet() throws IOException {
        sheets++;
        rowInSheet = 0;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets + ".xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    }

    private void writeRow(List<Object> cells) throws IOException {
        rowInSheet++;
        out.write("<row r=\"" + rowInSheet + "\">");
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            if (cell == null) {
                continue;
            }
            String ref = column(i) + rowInSheet;
            if (cell instanceof BigDecimal number) {
                out.write("<c r=\"" + ref + "\"><v>" + number.toPlainString() + "</v></c>");
            } else {
                out.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                escape(cell.toString());
                out.write("</t></is></c>");
            }
        }
        out.write("</row>");
    }

    private void endSheet() throws IOException {
        out.write("</sheetData></worksheet>");
        out.flush();
        zip.closeEntry();
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private void escape(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write("&quot;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in XML 1.0.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.write(c);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (sheets == 0) {
            nextSheet();
        }
        endSheet();
        part("[Content_Types].xml", contentTypes());
        part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("xl/workbook.xml", workbook());
        part("xl/_rels/workbook.xml.rels", workbookRelations());
        part("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                + "</styleSheet>");
        zip.finish();
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.styles+xml\"/>");
        for (int s = 1; s <= sheets; s++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(s).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        for (int s = 1; s <= sheets; s++) {
            xml.append("<sheet name=\"Transactions").append(s == 1 ? "" : " " + s).append("\" sheetId=\"").append(s)
                    .append("\" r:id=\"rId").append(s).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRelations() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int s = 1; s <= sheets; s++) {
            xml.append("<Relationship Id=\"rId").append(s).append("\" Type=\"http://schemas.openxmlformats.org/")
                    .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(s)
                    .append(".xml\"/>");
        }
        return xml.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"http://schemas.openxmlformats")
                .append(".org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
                .append("</Relationships>").toString();
    }
}
