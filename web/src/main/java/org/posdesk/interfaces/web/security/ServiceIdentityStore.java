package org.posdesk.interfaces.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.posdesk.application.SignInService;

/**
 * Hands every credential check to {@link SignInService}, which owns the password rules and the
 * audit trail; keeping none here means a second way in (REST, say) cannot disagree with the form.
 * A right password is not yet a sign-in for users with an authenticator: {@link SecondFactorGate}.
 */
@ApplicationScoped
public class ServiceIdentityStore implements IdentityStore {

    @EJB
    private SignInService signInService;

    @Inject
    private HttpServletRequest request;

    @Inject
    private SecondFactorGate secondFactorGate;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        return signInService.verify(username, credential.getPassword().getValue(), request.getRemoteAddr())
                .map(roles -> secondFactorGate.afterPassword(username, roles))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
