package org.posdesk.application;

import jakarta.ejb.Local;
import java.util.Optional;
import java.util.Set;

/**
 * Checks credentials against the users table and audits every attempt and every sign-out.
 * The web tier's identity store delegates here so that the rules live in the service layer.
 */
@Local
public interface SignInService {

    /**
     * @param origin the client address the attempt came from, for the audit trail
     * @return the caller's roles when the password is right and the account enabled; empty
     *         otherwise, without saying which of the two failed
     */
    Optional<Set<String>> verify(String username, char[] password, String origin);

    void signedOut(String username, String origin);
}
