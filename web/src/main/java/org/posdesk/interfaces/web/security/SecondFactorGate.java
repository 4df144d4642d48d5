package org.posdesk.interfaces.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.posdesk.application.SecondFactorService;
import org.posdesk.application.SecondFactorService.SecondStep;
import org.posdesk.interfaces.web.i18n.LanguageSwitch;

/**
 * Stands between a right password and a signed-in caller. When the user has (or must have) an
 * authenticator, the password alone validates nothing: the identity store answers "invalid", and
 * this request-scoped gate remembers that the password was in fact right, for the login form to
 * carry on with the second step. HTTP Basic on {@code /api/} never asks, so such users cannot use
 * the API with their password: the API is for merchant users without an authenticator.
 */
@RequestScoped
public class SecondFactorGate {

    static final String CODE_PAGE = "/login-code.xhtml";
    static final String ENROL_PAGE = "/two-factor.xhtml";

    @EJB
    private SecondFactorService secondFactors;
    @Inject
    private LanguageSwitch languageSwitch;

    private PendingSignIn pending;

    CredentialValidationResult afterPassword(String username, Set<String> roles) {
        SecondStep step = secondFactors.stepAfterPassword(username);
        if (step == SecondStep.NONE) {
            return new CredentialValidationResult(username, roles);
        }
        pending = new PendingSignIn(username, roles, step, Instant.now());
        return CredentialValidationResult.INVALID_RESULT;
    }

    /**
     * For a stateless caller (the API) whose password was right but who has an authenticator: the
     * sign-in completes when {@code code} is their current code or an unused recovery code. A user
     * who must still enrol an authenticator cannot get in this way.
     */
    Optional<CredentialValidationResult> completeWithCode(String code, String origin) {
        if (pending == null || pending.step() != SecondStep.CODE || code == null || code.isBlank()) {
            return Optional.empty();
        }
        PendingSignIn signIn = pending;
        pending = null;
        return secondFactors.verify(signIn.username(), code.trim(), origin)
                ? Optional.of(new CredentialValidationResult(signIn.username(), signIn.roles()))
                : Optional.empty();
    }

    /**
     * For the login form after a refused authentication: when the password was right and a second
     * step is due, names the page of that step and keeps the sign-in in progress in a new session.
     * New, not just renamed: the old one still holds Jakarta Security's marks of a caller-initiated
     * sign-in that ended in failure, under which every protected page would answer an empty 401
     * instead of sending the visitor to the login. The language goes along in the address.
     */
    Optional<String> continueSignIn(HttpServletRequest request) {
        if (pending == null) {
            return Optional.empty();
        }
        String language = languageSwitch.getLanguageTag();
        freshSession(request).setAttribute(PendingSignIn.SESSION_KEY, pending);
        String page = pending.step() == SecondStep.CODE ? CODE_PAGE : ENROL_PAGE;
        return Optional.of(page + "?lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8));
    }

    static HttpSession freshSession(HttpServletRequest request) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        return request.getSession(true);
    }
}
