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

    /**
     * Dispatches here rather than through the interface's default method: that one finds
     * {@code validate(SecondFactorCredential)} by a method handle from the Jakarta Security module,
     * which ties the module to this deployment's class loader — after a redeployment without a
     * server restart the JVM then refuses the new loader's class (a loader constraint violation)
     * and every second-factor sign-in failed until the server restarted.
     */
    @Override
    public CredentialValidationResult validate(jakarta.security.enterprise.credential.Credential credential) {
        return credential instanceof SecondFactorCredential secondFactor ? validate(secondFactor)
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(SecondFactorCredential credential) {
        PendingSignIn pending = credential.pending();
        if (!pending.isComplete(Instant.now())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(pending.username(), pending.roles());
    }
}
