package org.posdesk.interfaces.web.backups;

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
import org.posdesk.application.backup.BackupPage;
import org.posdesk.application.backup.BackupRow;
import org.posdesk.application.backup.Backups;

/** Every backup record the page lists, newest first, as CSV. Administrators only (web.xml and the service). */
@WebServlet("/backups/export.csv")
public class BackupCsvDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "started,finished,file,verification,reason,step,size_bytes,dump_ms,verify_ms,"
            + "tables,rows,requested_by,file_removed";

    @EJB
    private transient Backups backups;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BackupPage page;
        try {
            page = backups.list(null, Backups.MAX_PAGE);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"backups.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(HEADER + "\r\n");
        while (true) {
            for (BackupRow row : page.rows()) {
                writer.write(line(row));
            }
            if (page.next() == null) {
                break;
            }
            page = backups.list(page.next(), Backups.MAX_PAGE);
        }
        writer.flush();
    }

    static String line(BackupRow r) {
        return String.join(",", BackupFormat.time(r.startedAt()), BackupFormat.time(r.finishedAt()), cell(r.fileName()),
                r.verification(), cell(r.reason()), cell(r.phase()), number(r.sizeBytes()), number(r.dumpMillis()),
                number(r.verifyMillis()), number(r.tables()), number(r.rows()), cell(r.requestedBy()),
                Boolean.toString(r.fileRemoved())) + "\r\n";
    }

    private static String number(Number n) {
        return n == null ? "" : n.toString();
    }
}
