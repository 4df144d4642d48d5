package org.posdesk.interfaces.web.alerts;

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
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.alert.AlertDesk;

/** The alerts the page shows for the same filter (state, kind), every page of them, as CSV. */
@WebServlet("/alerts/export.csv")
public class AlertCsvDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "last_raised,first_raised,kind,state,occurrences,merchant,tid,message,"
            + "acknowledged_by,acknowledged_at";

    @EJB
    private transient AlertDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AlertDesk.AlertFilter filter = new AlertDesk.AlertFilter(request.getParameter("state"),
                request.getParameter("kind"));
        AlertDesk.AlertPage page;
        try {
            page = desk.list(filter, null, AlertDesk.MAX_PAGE);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"alerts.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(HEADER + "\r\n");
        while (true) {
            for (AlertDesk.AlertRow row : page.rows()) {
                writer.write(line(row));
            }
            if (page.next() == null) {
                break;
            }
            page = desk.list(filter, page.next(), AlertDesk.MAX_PAGE);
        }
        writer.flush();
    }

    static String line(AlertDesk.AlertRow r) {
        return String.join(",", AlertFormat.time(r.lastRaisedAt()), AlertFormat.time(r.firstRaisedAt()), r.kind(),
                r.state(), Integer.toString(r.occurrences()), cell(r.merchant()), cell(r.tid()), cell(r.message()),
                cell(r.acknowledgedBy()), AlertFormat.time(r.acknowledgedAt())) + "\r\n";
    }
}
