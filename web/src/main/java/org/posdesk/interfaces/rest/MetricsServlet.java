package org.posdesk.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.posdesk.application.metrics.Metrics;
import org.posdesk.infrastructure.config.Settings;

/**
 * {@code GET /posdesk/metrics}: posdesk's own figures in the Prometheus text format, beside the
 * server's (WildFly's metrics subsystem, {@code http://<management>/metrics}). Not behind the
 * sign-in: a scraper is not a person. With {@code POSDESK_METRICS_TOKEN} set, a scraper sends
 * {@code Authorization: Bearer <token>}; without it only this machine may ask, so a fresh install
 * shows nothing to the network.
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";

    @EJB
    private transient Metrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!allowed(request, Settings.get("metrics.token"))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"posdesk metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        byte[] body = metrics.prometheusText().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static boolean allowed(HttpServletRequest request, Optional<String> token) {
        if (token.isPresent()) {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    && MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                            header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8));
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
