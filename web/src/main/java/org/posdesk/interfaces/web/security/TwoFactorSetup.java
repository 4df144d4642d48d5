package org.posdesk.interfaces.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.posdesk.application.SecondFactorService;
import org.posdesk.application.SecondFactorService.Enrolment;
import org.posdesk.application.SecondFactorService.SecondStep;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * Enrolling an authenticator, for two kinds of visitor: a signed-in user who chooses to (merchant
 * users; staff replacing a phone), and an agent or administrator whose password was just accepted
 * and who must enrol before being signed in at all. The subject is looked up on every action,
 * never taken from the page.
 */
@Named
@ViewScoped
public class TwoFactorSetup implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private SecondFactorService secondFactors;
    @Inject
    private Messages messages;
    @Inject
    private SecondStepCompletion completion;

    private String secret;
    private String qrSvg;
    private String code;
    private List<String> recoveryCodes = List.of();
    private boolean active;
    private boolean required;

    public void load() throws IOException {
        Optional<String> subject = subject();
        if (subject.isEmpty()) {
            completion.restart();
            return;
        }
        SecondFactorService.SecondFactorStatus status = secondFactors.status(subject.get());
        active = status.active();
        required = status.required();
        Enrolment enrolment = secondFactors.beginEnrolment(subject.get());
        secret = enrolment.secret();
        qrSvg = QrSvg.of(enrolment.keyUri(), messages.get("twofactor.qr.label"));
    }

    public void confirm() throws IOException {
        Optional<String> subject = subject();
        if (subject.isEmpty()) {
            completion.restart();
            return;
        }
        Optional<List<String>> codes = secondFactors.confirmEnrolment(subject.get(), code, request().getRemoteAddr());
        Optional<PendingSignIn> pending = pending();
        if (codes.isPresent()) {
            recoveryCodes = codes.get();
            secret = null;
            qrSvg = null;
            pending.ifPresent(p -> {
                p.secondFactorPassed();
                p.storeIn(request().getSession());
            });
            return;
        }
        if (pending.isPresent() && !pending.get().wrongCode()) {
            completion.restart();
            return;
        }
        pending.ifPresent(p -> p.storeIn(request().getSession()));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                messages.get("twofactor.code.wrong"), null));
    }

    /** After the recovery codes were shown: a sign-in in progress ends signed in. */
    public void finish() throws IOException {
        Optional<PendingSignIn> pending = pending();
        if (pending.isPresent()) {
            if (!completion.signIn(pending.get())) {
                completion.restart();
            }
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/dashboard.xhtml");
    }

    /** The signed-in caller, or else the user of a sign-in that waits for this enrolment. */
    private Optional<String> subject() {
        Principal caller = request().getUserPrincipal();
        if (caller != null) {
            return Optional.of(caller.getName());
        }
        return pending().map(PendingSignIn::username);
    }

    private Optional<PendingSignIn> pending() {
        if (request().getUserPrincipal() != null) {
            return Optional.empty();
        }
        return PendingSignIn.of(request().getSession(false)).filter(p -> p.step() == SecondStep.ENROL);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isSigningIn() {
        return pending().isPresent();
    }

    public String getSecret() {
        return secret;
    }

    /** The secret in groups of four, as people copy it into an app by hand. */
    public String getSecretGrouped() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrSvg() {
        return qrSvg;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isRequired() {
        return required;
    }
}
