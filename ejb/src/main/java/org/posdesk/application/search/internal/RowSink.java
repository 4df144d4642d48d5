package org.posdesk.application.search.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.posdesk.application.search.ExportFormat;

/** Writes export rows to a stream as they come, keeping none of them. */
interface RowSink extends AutoCloseable {

    /** Cells are text, {@link java.math.BigDecimal} numbers or null (an empty cell). */
    void row(List<Object> cells) throws IOException;

    /** Finishes the file; does not close the underlying stream. */
    @Override
    void close() throws IOException;

    static RowSink open(ExportFormat format, OutputStream out, List<String> header) throws IOException {
        if (format == ExportFormat.XLSX) {
            return new XlsxSink(out, header);
        }
        RowSink csv = new CsvSink(out);
        csv.row(List.copyOf(header));
        return csv;
    }
}
