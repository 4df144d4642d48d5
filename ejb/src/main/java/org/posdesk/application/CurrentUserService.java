package org.posdesk.application;

import jakarta.ejb.Local;

/** Who is signed in, as the pages show it. */
@Local
public interface CurrentUserService {

    /** @throws AccessDeniedException when nobody known to posdesk is signed in */
    UserView currentUser();
}
