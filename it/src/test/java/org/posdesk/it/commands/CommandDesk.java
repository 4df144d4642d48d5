package org.posdesk.it.commands;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.posdesk.application.terminal.TerminalCommands;

/**
 * Test-only door to the real {@link TerminalCommands} service, deployed in the test module only:
 * {@code POST /posdesk-it/host-commands?tid=&code=&batch=&requestedBy=} answers the command id. The
 * tests run as a client (they start simulator processes beside the server) yet queue commands
 * exactly as posdesk's own callers do, in the service's transaction.
 */
@WebServlet("/host-commands")
public class CommandDesk extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient TerminalCommands commands;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String batch = request.getParameter("batch");
        try {
            long id = commands.request(request.getParameter("tid"), request.getParameter("code"),
                    batch == null || batch.isBlank() ? null : Integer.valueOf(batch),
                    request.getParameter("requestedBy"));
            response.setContentType("text/plain");
            response.getWriter().print(id);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            response.sendError(cause instanceof IllegalArgumentException ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_INTERNAL_SERVER_ERROR, String.valueOf(cause));
        }
    }
}
