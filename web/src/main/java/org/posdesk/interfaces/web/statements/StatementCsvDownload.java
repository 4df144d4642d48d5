package org.posdesk.interfaces.web.statements;

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
import java.util.List;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.audit.ExportTrail;
import org.posdesk.application.statement.ImportPage;
import org.posdesk.application.statement.ImportProblemRow;
import org.posdesk.application.statement.ImportView;
import org.posdesk.application.statement.StatementImports;

/**
 * The statements page's CSVs: {@code /statements/export.csv} is every import the list shows
 * (all pages), {@code /statements/problems.csv?import=ID} one import's bad-line report (line,
 * field, reason — never the line's content). Scoped like the page (staff); both audited.
 */
@WebServlet({"/statements/export.csv", "/statements/problems.csv"})
public class StatementCsvDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    static final String IMPORTS_HEADER = "id,started,file,profile,bad_line_policy,source,started_by,state,lines_read,"
            + "lines_imported,bad_lines,clearing_date,statement_id,message";
    static final String PROBLEMS_HEADER = "line,field,problem";

    @EJB
    private transient StatementImports imports;
    @EJB
    private transient ExportTrail exportTrail;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean problems = request.getServletPath().endsWith("problems.csv");
        try {
            if (problems) {
                long id = Long.parseLong(request.getParameter("import"));
                List<ImportProblemRow> rows = imports.problems(id);
                exportTrail.exported("statement-problems", "import=" + id);
                try (Writer w = open(response, "statement-" + id + "-problems.csv", PROBLEMS_HEADER)) {
                    for (ImportProblemRow r : rows) {
                        w.write(r.lineNumber() + "," + cell(r.field()) + "," + cell(r.reason()) + "\r\n");
                    }
                }
                return;
            }
            ImportPage page = imports.list(null, 200);
            exportTrail.exported("statements", "all");
            try (Writer w = open(response, "statements.csv", IMPORTS_HEADER)) {
                while (true) {
                    for (ImportView v : page.rows()) {
                        w.write(line(v));
                    }
                    if (page.next() == null) {
                        break;
                    }
                    page = imports.list(page.next(), 200);
                }
            }
        } catch (AccessDeniedException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static Writer open(HttpServletResponse response, String name, String header) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(header + "\r\n");
        return writer;
    }

    static String line(ImportView v) {
        return String.join(",", Long.toString(v.id()), time(v.startedAt()), cell(v.fileName()), cell(v.profile()),
                v.badLinePolicy(), v.source(), cell(v.startedBy()), v.state().name(), Integer.toString(v.linesRead()),
                Integer.toString(v.linesImported()), Integer.toString(v.badLines()),
                v.clearingDate() == null ? "" : v.clearingDate().toString(),
                v.statementId() == null ? "" : v.statementId().toString(), cell(v.message())) + "\r\n";
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
