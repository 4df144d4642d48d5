package org.posdesk.domain.user;

import java.util.List;
import java.util.Optional;

/** Users by id and username. */
public interface UserRepository {

    void add(AppUser user);

    Optional<AppUser> findById(long id);

    Optional<AppUser> findByUsername(String username);

    /** Users whose name starts with {@code prefix} (every user when it is empty), by name. */
    List<AppUser> findByUsernamePrefix(String prefix, int limit);
}
