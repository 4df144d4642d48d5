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
import org.posdesk.application.reconciliation.ReconciliationRuns;
import org.posdesk.application.reconciliation.RunPage;
import org.posdesk.application.reconciliation.RunRow;

/** The runs the page shows (the caller's figures), all of them, page by page. */
@WebServlet("/reconciliation/runs.csv")
public class RunCsvDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "started_at,statement,acquirer,clearing_date,lines,reconciled_percent,matched,"
            + "matched_amount,missing_in_posdesk,missing_in_posdesk_amount,missing_at_acquirer,"
            + "missing_at_acquirer_amount,amount_mismatch,amount_mismatch_amount,duplicate,duplicate_amount,"
            + "batches_reconciled,batches_discrepant";

    @EJB
    private transient ReconciliationRuns runs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RunPage page = runs.page(null, ReconciliationRuns.MAX_PAGE);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reconciliation-runs.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(HEADER + "\r\n");
        while (true) {
            for (RunRow r : page.rows()) {
                writer.write(line(r));
            }
            if (page.next() == null) {
                break;
            }
            page = runs.page(page.next(), ReconciliationRuns.MAX_PAGE);
        }
        writer.flush();
    }

    static String line(RunRow r) {
        return String.join(",", String.valueOf(r.startedAt()), cell(r.fileName()), cell(r.acquirer()),
                String.valueOf(r.clearingDate()), String.valueOf(r.lines()), String.valueOf(r.reconciledPercent()),
                String.valueOf(r.matched()), yuan(r.matchedAmount()), String.valueOf(r.missingInPosdesk()),
                yuan(r.missingInPosdeskAmount()), String.valueOf(r.missingAtAcquirer()),
                yuan(r.missingAtAcquirerAmount()), String.valueOf(r.amountMismatch()), yuan(r.amountMismatchAmount()),
                String.valueOf(r.duplicate()), yuan(r.duplicateAmount()),
                r.batchesReconciled() == null ? "" : String.valueOf(r.batchesReconciled()),
                r.batchesDiscrepant() == null ? "" : String.valueOf(r.batchesDiscrepant())) + "\r\n";
    }

    private static String yuan(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }
}
