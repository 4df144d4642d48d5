package org.posdesk.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Instant;

/**
 * The second of the two identity stores: it validates only {@link SecondFactorCredential}s (the
 * other store answers "not validated" to them, as this one does to passwords) and accepts a
 * sign-in in progress whose password and second factor both passed, in time.
 */
@ApplicationScoped
public class SecondFactorIdentityStore implements IdentityStore {

    public CredentialValidationResult validate(SecondFactorCredential credential) {
        PendingSignIn pending = credential.pending();
        if (!pending.isComplete(Instant.now())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(pending.username(), pending.roles());
    }
}
