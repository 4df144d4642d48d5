package org.posdesk.interfaces.web.headers;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers and why each has the value it has. One place, so the filter that sets them
 * and the tests that read them agree.
 */
public final class SecurityHeaders {

    /**
     * On every response, pages included. It restricts nothing that PrimeFaces needs, so it can stand
     * beside the page policy below (a browser enforces each policy it is given): no framing by any
     * site (clickjacking), no plugins, no {@code <base>} pointing elsewhere, forms posting only here.
     * Scripts are left to the page policy: the JSON, CSV and XLSX this application also serves are
     * not run as documents (their content type is fixed by {@code nosniff}).
     */
    public static final String BASELINE_POLICY =
            "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /**
     * The Faces pages' policy, which PrimeFaces sends ({@code primefaces.CSP_POLICY} in web.xml,
     * the same text) with the nonce of the response appended to its final {@code script-src}: only
     * the application's own script files and the inline scripts PrimeFaces wrote with that nonce
     * run; inline event handlers are moved by PrimeFaces into such scripts, and pages must have none
     * of their own (ViewsAreCspSafeTest). Styles allow inline {@code style} attributes because
     * PrimeFaces components and two of our charts position elements with them; style cannot run code.
     */
    public static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    /** A year; browsers that saw it over HTTPS refuse plain HTTP to this host for that long. */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /**
     * What a browser or proxy may keep of a response: nothing of the application's pages, data and
     * downloads, which show merchants' payments (the back button after sign-out, a shared
     * computer's cache); the Faces resources and static files (scripts, styles, images), which
     * hold nothing of anyone's, stay cacheable.
     */
    public static final String NO_STORE = "no-store";

    /** Sets the headers; HSTS only over HTTPS (over plain HTTP a browser ignores it anyway). */
    public static void apply(HttpServletResponse response, boolean secure, String path) {
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", NO_STORE);
        }
        apply(response, secure);
    }

    static boolean isStaticResource(String path) {
        return path != null && (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/"));
    }

    /** Sets the headers; HSTS only over HTTPS (over plain HTTP a browser ignores it anyway). */
    public static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        // frame-ancestors says the same to current browsers; this is for those that predate it.
        response.setHeader("X-Frame-Options", "DENY");
        // Page addresses carry ids (transaction, terminal, batch): they are nobody else's business.
        response.setHeader("Referrer-Policy", "no-referrer");
        // Set, not added: the server's own filter (configure-server.cli) sent the same baseline.
        response.setHeader("Content-Security-Policy", BASELINE_POLICY);
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
