package org.posdesk.interfaces.web.cases;

import java.io.IOException;
import java.io.Writer;
import org.posdesk.interfaces.web.csv.CsvCells;

/** Writes one CSV record with every cell through {@link CsvCells} (quoting and formula defusing). */
final class CsvLines {

    private CsvLines() {
    }

    static void line(Writer out, Object... cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(CsvCells.cell(cells[i] == null ? null : String.valueOf(cells[i])));
        }
        out.write(line.append("\r\n").toString());
    }
}
