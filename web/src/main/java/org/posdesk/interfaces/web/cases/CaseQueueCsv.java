package org.posdesk.interfaces.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.posdesk.application.audit.ExportTrail;
import org.posdesk.application.casework.CasePage;
import org.posdesk.application.casework.CaseRow;
import org.posdesk.application.casework.Casework;
import org.posdesk.application.casework.QueueFilter;
import org.posdesk.interfaces.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The queue as CSV: exactly the table's last search, every page of it, written page by page. */
@Named
@RequestScoped
public class CaseQueueCsv {

    static final int MAX_ROWS = 100_000;

    @EJB
    private Casework casework;
    @EJB
    private ExportTrail exportTrail;
    @Inject
    private CaseQueue queue;
    @Inject
    private Messages messages;

    public StreamedContent getFile() {
        QueueFilter filter = queue.searched();
        String[] header = {messages.get("cases.col.id"), messages.get("cases.col.merchant"),
                messages.get("cases.col.terminal"), messages.get("cases.col.order"), messages.get("cases.col.amount"),
                messages.get("cases.col.claimedTime"), messages.get("cases.col.last4"), messages.get("cases.col.state"),
                messages.get("cases.col.resolution"), messages.get("cases.col.source"),
                messages.get("cases.col.assignee"), messages.get("cases.col.opened"), messages.get("cases.col.sla")};
        return DefaultStreamedContent.builder().name("cases.csv").contentType("text/csv; charset=UTF-8")
                .writer(out -> write(out, filter, header)).build();
    }

    private void write(OutputStream out, QueueFilter filter, String[] header) {
        try {
            exportTrail.exported("cases", filter.toString());
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CsvLines.line(writer, (Object[]) header);
            CasePage.Cursor after = null;
            long written = 0;
            do {
                CasePage page = casework.queue(filter, after, Casework.MAX_PAGE);
                for (CaseRow r : page.rows()) {
                    CsvLines.line(writer, r.id(), (r.merchantName()), (r.tid()),
                            (r.orderNumber()), CaseFormats.amount(r.amountMinor()),
                            CaseFormats.local(r.claimedTime()), (r.cardLastFour()),
                            messages.get("case.state." + r.state()),
                            r.resolutionKind() == null ? "" : messages.get("case.resolution." + r.resolutionKind()),
                            messages.get("case.source." + r.source()), (r.assignee()),
                            CaseFormats.time(r.openedAt()), r.slaBreached() ? messages.get("cases.sla.breached")
                                    : CaseFormats.time(r.slaDueAt()));
                }
                written += page.rows().size();
                after = page.next();
            } while (after != null && written < MAX_ROWS);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("case export interrupted", e);
        }
    }
}
