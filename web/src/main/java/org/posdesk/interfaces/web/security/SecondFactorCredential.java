package org.posdesk.interfaces.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * What the second step hands to Jakarta Security: the sign-in in progress from the server-side
 * session (never anything the browser sent), once its second factor has been checked.
 */
public final class SecondFactorCredential implements Credential {

    private final PendingSignIn pending;

    SecondFactorCredential(PendingSignIn pending) {
        this.pending = pending;
    }

    PendingSignIn pending() {
        return pending;
    }

    @Override
    public String toString() {
        return "SecondFactorCredential(" + pending.username() + ")";
    }
}
