package org.posdesk.interfaces.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.posdesk.application.PasswordService;

/**
 * A signed-in user who must change their password (an administrator reset it) reaches the
 * password page and nothing else until they have: every other page redirects there, ajax
 * requests included. Once a user is seen not to need a change, the session remembers it for
 * that user name so the check costs one query per session. The API (HTTP Basic, machines) is
 * left to its own rules.
 */
@WebFilter(filterName = "PasswordChangeGate", urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

    static final String PAGE = "/password.xhtml";
    static final String CHECKED = PasswordChangeGate.class.getName() + ".checked";
    private static final List<String> OPEN = List.of(PAGE, "/login.xhtml", "/jakarta.faces.resource/",
            "/resources/", "/error/", "/favicon.ico", ApiAwareAuthentication.API_PREFIX);

    @EJB
    private PasswordService passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        if (user == null || isOpen(request) || passedCheck(request, user.getName())) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + target + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    /** Forgets the session's check, as after a change the next page asks again. */
    public static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(CHECKED);
        }
    }

    private boolean passedCheck(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        if (session != null && username.equals(session.getAttribute(CHECKED))) {
            return true;
        }
        if (passwords.mustChangePassword()) {
            return false;
        }
        if (session != null) {
            session.setAttribute(CHECKED, username);
        }
        return true;
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return OPEN.stream().anyMatch(path::startsWith);
    }
}
