package org.posdesk.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.posdesk.application.LogContext;
import org.posdesk.application.RequestOrigin;

/**
 * Makes the client's address known to the audit trail for the whole request: pages, downloads
 * and REST, including a response streamed after the resource method returned. The address is the
 * one Undertow reports (behind a proxy, configure proxy-address-forwarding so it is the client's).
 * Also adds the signed-in user to the log context that {@code RequestLogContext} opened before
 * authentication.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (RequestOrigin.Scope ignored = RequestOrigin.bind(request.getRemoteAddr());
             LogContext context = LogContext.user(request.getRemoteUser())) {
            chain.doFilter(request, response);
        }
    }
}

