package org.posdesk.interfaces.web.terminals;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.audit.ExportTrail;
import org.posdesk.application.terminals.TerminalListFilter;
import org.posdesk.application.terminals.TerminalListPage;
import org.posdesk.application.terminals.TerminalPages;
import org.posdesk.application.terminals.TerminalRow;

/**
 * The terminal list as CSV: every terminal the filters select, not only the page shown, written
 * page by page as it is read so the heap holds one page whatever the fleet's size. Scoped like the
 * page: the service decides what the caller sees. A page download, on the browser's session —
 * the /api/ paths take HTTP Basic only.
 */
@WebServlet("/terminals/export.csv")
public class TerminalCsvDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    static final String HEADER = "tid,store,model,status,since,last_seen,current_batch,offline_transactions_late";

    @EJB
    private transient TerminalPages terminalPages;
    @EJB
    private transient ExportTrail exportTrail;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TerminalListFilter filter;
        TerminalListPage first;
        try {
            filter = new TerminalListFilter(store(request.getParameter("store")), parse(request.getParameter("status")));
            // Asked once before streaming, so a refusal is an HTTP error rather than a cut-off file.
            first = terminalPages.list(filter, null, TerminalPages.MAX_PAGE);
            exportTrail.exported("terminals", filter.toString());
        } catch (AccessDeniedException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"terminals.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write('\uFEFF'); // so spreadsheet programs read the Chinese store names as UTF-8
        writer.write(HEADER + "\r\n");
        TerminalListPage page = first;
        while (true) {
            for (TerminalRow row : page.rows()) {
                writer.write(line(row));
            }
            if (!page.more()) {
                break;
            }
            page = terminalPages.list(filter, page.lastTid(), TerminalPages.MAX_PAGE);
        }
        writer.flush();
    }

    private static Long store(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    }

    private static TerminalListFilter.Status parse(String status) {
        try {
            return status == null ? TerminalListFilter.Status.ALL : TerminalListFilter.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            return TerminalListFilter.Status.ALL;
        }
    }

    static String line(TerminalRow r) {
        return String.join(",", r.tid(), cell(r.storeName()), cell(r.model()), r.online() ? "ONLINE" : "OFFLINE",
                time(r.since()), time(r.lastSeen()), String.valueOf(r.currentBatch()), String.valueOf(r.offlineLate()))
                + "\r\n";
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

}
