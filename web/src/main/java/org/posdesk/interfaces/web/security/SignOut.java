package org.posdesk.interfaces.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.posdesk.application.SignInService;
import org.posdesk.interfaces.web.i18n.LanguageSwitch;

/** The sign-out button's action. */
@Named
@RequestScoped
public class SignOut {

    @EJB
    private SignInService signInService;

    @Inject
    private FacesContext facesContext;

    @Inject
    private LanguageSwitch languageSwitch;

    public void signOut() throws IOException, ServletException {
        signOut("signedOut");
    }

    /** The page sat idle through the warning: the same sign-out, and the login page says why. */
    public void signOutIdle() throws IOException, ServletException {
        signOut("idle");
    }

    private void signOut(String reason) throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // Read before the session goes: the login page should keep speaking the user's language.
        String language = languageSwitch.getLanguageTag();
        Principal user = request.getUserPrincipal();
        if (user != null) {
            signInService.signedOut(user.getName(), request.getRemoteAddr());
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath()
                + "/login.xhtml?" + reason + "=true&lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8));
    }
}
