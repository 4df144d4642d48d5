package org.posdesk.application;

import jakarta.ejb.Local;
import java.util.List;

/** Administrators' view of the users and their password resets. Refuses everyone else. */
@Local
public interface UserAdministration {

    int PAGE = 100;

    /**
     * Users whose name starts with {@code prefix} (all when blank), by name, at most {@link #PAGE}.
     *
     * @throws AccessDeniedException unless the caller is an administrator
     */
    List<UserSummary> findUsers(String prefix);

    /**
     * Gives the user a temporary password, clears any lockout and makes them choose a new
     * password at their next sign-in. Audited.
     *
     * @return the temporary password, to be shown once to the administrator and never stored
     * @throws AccessDeniedException unless the caller is an administrator, or the user does not exist
     */
    String resetPassword(String username, String origin);

    /**
     * For a user who lost their authenticator: takes it away (secret and recovery codes) and gives
     * a temporary password, like {@link #resetPassword}. Both together, because a staff member
     * without an authenticator enrols one right after the password: whoever holds the password
     * then would choose the new second factor, so the administrator hands the new password over
     * themselves, after checking who is asking. Audited.
     *
     * @return the temporary password, to be shown once to the administrator and never stored
     * @throws AccessDeniedException unless the caller is an administrator, or the user does not exist
     */
    String resetSecondFactor(String username, String origin);
}
