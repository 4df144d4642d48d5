package org.posdesk.application.search.internal;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.posdesk.application.search.ExportStatus;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.JournalSearch;

/**
 * Writes an export, a chunk of rows at a time. Runs outside any transaction: an export of millions
 * of rows outlasts a transaction timeout, and each chunk is a short read of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());
    /** The progress bar's total is counted no further; a bigger export shows 99% until it ends. */
    static final int EXPECT_CAP = 20_000_000;

    @Inject
    private JournalSearch journal;

    @Asynchronous
    public void run(ExportJob job, JournalFilter filter, List<String> header) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(job.file), 64 * 1024)) {
            job.expect(journal.countUpTo(filter, EXPECT_CAP));
            ExportWriter.write(journal, filter, job.format, header, out, job.written);
            job.finish(ExportStatus.State.DONE);
        } catch (IOException | RuntimeException e) {
            job.finish(ExportStatus.State.FAILED);
            LOG.log(Level.WARNING, "export " + job.id + " for " + job.owner + " failed after " + job.written.get()
                    + " rows", e);
        }
    }
}
