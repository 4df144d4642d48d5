package org.posdesk.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.posdesk.interfaces.web.i18n.LanguageSwitch;

/** Ends a sign-in whose second factor passed: the container learns the caller, the page moves on. */
@RequestScoped
public class SecondStepCompletion {

    private static final String HOME = "/dashboard.xhtml";

    @Inject
    private SecurityContext securityContext;
    @Inject
    private FacesContext facesContext;
    @Inject
    private LanguageSwitch languageSwitch;

    /** @return false when Jakarta Security refused after all (the sign-in lapsed meanwhile) */
    boolean signIn(PendingSignIn pending) throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new SecondFactorCredential(pending))
                        .newAuthentication(true));
        PendingSignIn.clear(request.getSession(false));
        switch (status) {
            // The mechanism has already redirected to the page that sent the user to the login.
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + HOME);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Back to the login page, to start again with the password, in a new session: nothing of the
     * abandoned sign-in may linger (see {@link SecondFactorGate#continueSignIn}).
     */
    void restart() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        String language = languageSwitch.getLanguageTag();
        SecondFactorGate.freshSession((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + "/login.xhtml?secondFactor=expired&lang="
                + URLEncoder.encode(language, StandardCharsets.UTF_8));
    }
}
