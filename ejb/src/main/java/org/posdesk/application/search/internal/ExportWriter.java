package org.posdesk.application.search.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.posdesk.application.search.ExportFormat;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.JournalSearch;

/** Streams a selection into a file format: one chunk of rows read, written, and dropped at a time. */
final class ExportWriter {

    static final int CHUNK = 1_000;

    private ExportWriter() {
    }

    /**
     * @param written counts the rows as they go out, for a progress bar
     * @return the number of rows written
     */
    static long write(JournalSearch journal, JournalFilter filter, ExportFormat format, List<String> header,
                      OutputStream out, AtomicLong written) {
        try (RowSink sink = RowSink.open(format, out, header)) {
            return journal.forEach(filter, CHUNK, row -> {
                try {
                    sink.row(ExportCells.of(RowViews.view(row)));
                    written.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
