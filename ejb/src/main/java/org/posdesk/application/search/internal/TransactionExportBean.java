package org.posdesk.application.search.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.search.ExportFile;
import org.posdesk.application.search.ExportFormat;
import org.posdesk.application.search.ExportStatus;
import org.posdesk.application.search.TransactionExport;
import org.posdesk.application.search.TransactionFilter;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.JournalSearch;

@Stateless
public class TransactionExportBean implements TransactionExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    private AccessPolicy access;
    @Inject
    private SearchScopes scopes;
    @Inject
    private JournalSearch journal;
    @EJB
    private ExportRunner runner;
    @Inject
    private ExportJobs jobs;
    @EJB
    private AuditTrail audit;
    @EJB
    private ExportAudit streamAudit;

    private final Clock clock = Clock.systemUTC();

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long export(TransactionFilter filter, ExportFormat format, List<String> header, OutputStream out) {
        ExportCells.checkHeader(header);
        JournalFilter scoped = scopes.forCaller(filter).orElseGet(() -> nothing(filter));
        streamAudit.exported(access.viewer().username(), format.name(), describe(filter));
        return ExportWriter.write(journal, scoped, format, header, out, new AtomicLong());
    }

    @Override
    public ExportStatus start(TransactionFilter filter, ExportFormat format, List<String> header) {
        ExportCells.checkHeader(header);
        String owner = access.viewer().username();
        JournalFilter scoped = scopes.forCaller(filter).orElseGet(() -> nothing(filter));
        String id = UUID.randomUUID().toString();
        ExportJob job = new ExportJob(id, owner, format, tempFile(format),
                "transactions-" + STAMP.format(LocalDateTime.now(clock.withZone(SHANGHAI))) + "." + format.extension(),
                clock.instant());
        jobs.add(job);
        // Taking the journal out of posdesk is worth a trace: who, when, and which selection.
        audit.record(owner, "EXPORT_TRANSACTIONS", AuditTrail.SUCCESS, null, "export", id,
                format + " " + describe(filter));
        runner.run(job, scoped, List.copyOf(header));
        return job.status();
    }

    @Override
    public ExportStatus status(String jobId) {
        return mine(jobId).status();
    }

    @Override
    public ExportFile file(String jobId) {
        ExportJob job = mine(jobId);
        if (job.state() != ExportStatus.State.DONE) {
            throw new AccessDeniedException("not found");
        }
        try {
            return new ExportFile(job.file, job.fileName, job.format.contentType(), Files.size(job.file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(TransactionFilter filter) {
        String text = filter.toString();
        return text.length() > 900 ? text.substring(0, 900) : text;
    }

    private ExportJob mine(String jobId) {
        return jobs.find(jobId, access.viewer().username()).orElseThrow(() -> new AccessDeniedException("not found"));
    }

    /**
     * A filter on a store or terminal the caller may not see selects nothing; the file is then a
     * header alone. A merchant id no row has says so to the query without a special case.
     */
    private static JournalFilter nothing(TransactionFilter filter) {
        return JournalFilter.window(filter.from(), filter.to(), -1L, null);
    }

    private static Path tempFile(ExportFormat format) {
        try {
            Path dir = Path.of(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")));
            return Files.createTempFile(dir, "posdesk-export-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
