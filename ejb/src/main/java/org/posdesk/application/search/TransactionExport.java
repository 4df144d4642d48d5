package org.posdesk.application.search;

import jakarta.ejb.Local;
import java.io.OutputStream;
import java.util.List;

/**
 * Exports exactly the rows a search selects, in search order, with cards masked as on the page.
 * Rows are read and written a chunk at a time, so memory stays flat whatever the selection's size.
 */
@Local
public interface TransactionExport {

    /**
     * Writes the selection to {@code out} now, in this call.
     *
     * @param header one label per {@link ExportColumn}, in that order
     * @return the number of rows written
     * @throws InvalidSearchException when the filter is malformed or its window exceeds 13 months
     */
    long export(TransactionFilter filter, ExportFormat format, List<String> header, OutputStream out);

    /**
     * Starts writing the selection to a file in the background; {@link #status} follows it and
     * {@link #file} hands it over once done. Only the caller who started it sees it.
     */
    ExportStatus start(TransactionFilter filter, ExportFormat format, List<String> header);

    /** @throws org.posdesk.application.AccessDeniedException "not found" for another caller's or an unknown job */
    ExportStatus status(String jobId);

    /** @throws org.posdesk.application.AccessDeniedException "not found" unless it is the caller's finished job */
    ExportFile file(String jobId);
}
