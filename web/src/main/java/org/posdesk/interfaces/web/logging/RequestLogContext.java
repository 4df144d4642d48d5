package org.posdesk.interfaces.web.logging;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.posdesk.application.LogContext;

/**
 * Gives every request an id for the log — the caller's {@code X-Request-Id} when it is a plain
 * token (a proxy's or load balancer's), else a new one — and sends it back, so a person reporting a
 * problem can name the log lines of their request. An Undertow handler around the whole servlet
 * chain, not a servlet filter: sign-in (the authentication mechanism, its audit entries and log
 * lines, its 401 answers) runs before any filter would.
 */
public class RequestLogContext implements ServletExtension {

    static final HttpString REQUEST_ID = new HttpString("X-Request-Id");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addOuterHandlerChainWrapper(RequestLogContext::around);
    }

    private static HttpHandler around(HttpHandler next) {
        return exchange -> handle(exchange, next);
    }

    private static void handle(HttpServerExchange exchange, HttpHandler next) throws Exception {
        String id = requestId(exchange.getRequestHeaders().getFirst(REQUEST_ID));
        exchange.getResponseHeaders().put(REQUEST_ID, id);
        try (LogContext ignored = LogContext.request(id, null)) {
            next.handleRequest(exchange);
        }
    }

    static String requestId(String offered) {
        if (offered != null && TOKEN.matcher(offered).matches()) {
            return offered;
        }
        return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }
}
