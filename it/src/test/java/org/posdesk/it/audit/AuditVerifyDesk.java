package org.posdesk.it.audit;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.posdesk.application.audit.ChainReport;

/**
 * Test-only door to the real {@link AuditLog#verify()} as the IT's administrator: administrators
 * need their second factor, so the tests cannot reach the verify API with a password alone.
 * {@code GET /posdesk-it/audit-verify} answers as {@code /api/audit/verify} does (200 intact, 409
 * with the problem and its position).
 */
@WebServlet("/audit-verify")
public class AuditVerifyDesk extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AsAuditAdmin admin;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ChainReport report = admin.verify();
        response.setStatus(report.isIntact() ? 200 : 409);
        response.setContentType("application/json");
        response.getWriter().print("{\"intact\":" + report.isIntact() + ",\"checked\":" + report.checked()
                + (report.isIntact() ? "" : ",\"problem\":\"" + report.problem().name() + "\",\"position\":"
                + report.position()) + "}");
    }
}
