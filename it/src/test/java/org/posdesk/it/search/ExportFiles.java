package org.posdesk.it.search;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads exported files back into rows of cell texts, header first, as a spreadsheet would. */
final class ExportFiles {

    private ExportFiles() {
    }

    static List<List<String>> csv(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("a CSV export starts with a byte-order mark");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }

    /** Every sheet's rows in order, the header of each sheet after the first dropped. */
    static List<List<String>> xlsx(byte[] file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().startsWith("xl/worksheets/sheet")) {
                    continue;
                }
                NodeList rowNodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(zip.readAllBytes())).getElementsByTagName("row");
                for (int r = rows.isEmpty() ? 0 : 1; r < rowNodes.getLength(); r++) {
                    rows.add(cells((Element) rowNodes.item(r)));
                }
            }
        }
        return rows;
    }

    // Empty cells are left out of a sheet; their column letters say where the others stand.
    private static List<String> cells(Element row) {
        List<String> cells = new ArrayList<>();
        NodeList nodes = row.getElementsByTagName("c");
        for (int c = 0; c < nodes.getLength(); c++) {
            Element cell = (Element) nodes.item(c);
            int column = column(cell.getAttribute("r"));
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(cell.getTextContent());
        }
        return cells;
    }

    private static int column(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (!Character.isLetter(ch)) {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }
}
