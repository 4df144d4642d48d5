package org.posdesk.interfaces.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.posdesk.application.SecondFactorService;
import org.posdesk.application.SecondFactorService.SecondStep;
import org.posdesk.interfaces.web.i18n.Messages;

/** The login's second page: a code from the authenticator, or a recovery code. */
@Named("secondStep")
@RequestScoped
public class SecondStepSignIn {

    @EJB
    private SecondFactorService secondFactors;
    @Inject
    private FacesContext facesContext;
    @Inject
    private SecondStepCompletion completion;
    @Inject
    private Messages messages;

    private String code;

    /** Without a password just accepted, there is nothing to do here. */
    public void requirePending() throws IOException {
        if (pending().isEmpty()) {
            completion.restart();
        }
    }

    public void verify() throws IOException {
        Optional<PendingSignIn> found = pending();
        if (found.isEmpty()) {
            completion.restart();
            return;
        }
        PendingSignIn pending = found.get();
        HttpServletRequest request = request();
        if (secondFactors.verify(pending.username(), code, request.getRemoteAddr())) {
            pending.secondFactorPassed();
            if (!completion.signIn(pending)) {
                completion.restart();
            }
            return;
        }
        boolean mayRetry = pending.wrongCode();
        pending.storeIn(request.getSession());
        if (!mayRetry) {
            completion.restart();
            return;
        }
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                messages.get("twofactor.code.wrong"), null));
    }

    private Optional<PendingSignIn> pending() {
        return PendingSignIn.of(request().getSession(false)).filter(p -> p.step() == SecondStep.CODE);
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) facesContext.getExternalContext().getRequest();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
