package org.posdesk.domain.user;

import java.util.Optional;

/** Users by id and username. */
public interface UserRepository {

    void add(AppUser user);

    Optional<AppUser> findById(long id);

    Optional<AppUser> findByUsername(String username);
}
