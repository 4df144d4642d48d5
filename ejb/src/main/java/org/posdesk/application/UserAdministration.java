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
}
