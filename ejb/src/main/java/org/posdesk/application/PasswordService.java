package org.posdesk.application;

import jakarta.ejb.Local;

/** The signed-in user's own password: whether they must change it, and changing it. */
@Local
public interface PasswordService {

    /** True while the caller signs in with a password an administrator set (or a new account's). */
    boolean mustChangePassword();

    /**
     * Replaces the caller's password after checking the current one and the password rules.
     * Audited either way.
     *
     * @param origin the client address, for the audit trail
     * @throws PasswordRejectedException naming the rule the attempt broke; nothing changes
     */
    void changeOwnPassword(char[] current, char[] next, String origin);
}
