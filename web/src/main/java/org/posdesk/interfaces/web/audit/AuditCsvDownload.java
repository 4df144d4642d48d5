package org.posdesk.interfaces.web.audit;

import static org.posdesk.interfaces.web.csv.CsvCells.cell;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.audit.AuditFilter;
import org.posdesk.application.audit.AuditLog;
import org.posdesk.application.audit.AuditPage;
import org.posdesk.application.audit.AuditRow;

/**
 * The audit entries the page's filters select, all of them, as CSV written page by page while
 * they are read (the heap holds one page whatever the range). The export itself is audited before
 * the first row leaves. Administrators only: the service refuses everyone else, and web.xml keeps
 * them from reaching this servlet at all.
 */
@WebServlet("/audit/export.csv")
public class AuditCsvDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(AuditFilterForm.ZONE);
    static final String HEADER = "time,position,user,event,outcome,origin,target_type,target_id,detail";

    @EJB
    private transient AuditLog auditLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter;
        AuditPage page;
        try {
            filter = AuditFilterForm.from(request::getParameter).toFilter();
            // Asked before streaming, so a refusal is an HTTP error rather than a cut-off file.
            page = auditLog.search(filter, null, AuditLog.MAX_PAGE);
            auditLog.exporting(filter);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write('\uFEFF'); // so spreadsheet programs read Chinese text as UTF-8
        writer.write(HEADER + "\r\n");
        while (true) {
            for (AuditRow row : page.rows()) {
                writer.write(line(row));
            }
            if (page.next() == null) {
                break;
            }
            page = auditLog.search(filter, page.next(), AuditLog.MAX_PAGE);
        }
        writer.flush();
    }

    static String line(AuditRow r) {
        return String.join(",", time(r.occurredAt()), Long.toString(r.position()), cell(r.username()), cell(r.event()),
                cell(r.outcome()), cell(r.origin()), cell(r.targetType()), cell(r.targetId()), cell(r.detail()))
                + "\r\n";
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }

}
