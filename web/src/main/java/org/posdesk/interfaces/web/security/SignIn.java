package org.posdesk.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.posdesk.interfaces.web.i18n.Messages;

/** The login form's action. */
@Named
@RequestScoped
public class SignIn {

    private static final String HOME = "/dashboard.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private Messages messages;

    @Inject
    private SecondFactorGate secondFactorGate;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            // The mechanism has already redirected to the page that sent the user here.
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + HOME);
            // One message whatever failed, so the page never confirms that a user name exists.
            default -> refused(external);
        }
    }

    /** Refused as a sign-in, but a right password may only be waiting for its second factor. */
    private void refused(ExternalContext external) throws IOException {
        var secondStep = secondFactorGate.continueSignIn((HttpServletRequest) external.getRequest());
        if (secondStep.isPresent()) {
            external.redirect(external.getRequestContextPath() + secondStep.get());
            return;
        }
        facesContext.addMessage(null, new FacesMessage(
                FacesMessage.SEVERITY_ERROR, messages.get("login.failed"), null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
