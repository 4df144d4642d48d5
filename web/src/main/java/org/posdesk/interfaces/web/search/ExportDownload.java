package org.posdesk.interfaces.web.search;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.search.ExportFile;
import org.posdesk.application.search.TransactionExport;

/**
 * Hands a finished export to the user who started it, streamed from its file. Anyone else's job id
 * (or an unknown one) is a 404, whichever it is.
 */
@WebServlet("/transactions/export")
public class ExportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private TransactionExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFile file;
        try {
            file = export.file(request.getParameter("job"));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8));
        response.setHeader("Cache-Control", "no-store");
        Files.copy(file.path(), response.getOutputStream());
    }
}
