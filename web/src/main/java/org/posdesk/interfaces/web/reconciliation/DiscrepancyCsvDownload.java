package org.posdesk.interfaces.web.reconciliation;

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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.posdesk.application.reconciliation.DiscrepancyDesk;
import org.posdesk.application.reconciliation.DiscrepancyPage;
import org.posdesk.application.reconciliation.DiscrepancyRow;

/** Every discrepancy of the state the queue shows, the caller's scope, written page by page. */
@WebServlet("/reconciliation/discrepancies.csv")
public class DiscrepancyCsvDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "created_at,outcome,state,tid,amount,currency,occurred_at,statement,detail,case_id,"
            + "resolution,resolved_by";

    @EJB
    private transient DiscrepancyDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String state = request.getParameter("state");
        if (state == null || !DiscrepancyQueuePage.STATES.contains(state)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "state");
            return;
        }
        DiscrepancyPage page = desk.page(state, null, DiscrepancyDesk.MAX_PAGE);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"discrepancies.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(HEADER + "\r\n");
        while (true) {
            for (DiscrepancyRow r : page.rows()) {
                writer.write(line(r));
            }
            if (page.next() == null) {
                break;
            }
            page = desk.page(state, page.next(), DiscrepancyDesk.MAX_PAGE);
        }
        writer.flush();
    }

    static String line(DiscrepancyRow r) {
        return String.join(",", String.valueOf(r.createdAt()), r.outcome(), r.state(), cell(r.tid()),
                BigDecimal.valueOf(r.amountMinor(), 2).toPlainString(), r.currency(),
                r.occurredAt() == null ? "" : r.occurredAt().toString(), cell(r.fileName()), cell(r.detail()),
                r.caseId() == null ? "" : r.caseId().toString(), cell(r.resolution()), cell(r.resolvedBy())) + "\r\n";
    }
}
