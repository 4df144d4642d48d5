package org.posdesk.domain.user;

import java.util.Optional;

/** Second factors by their user's id. */
public interface SecondFactorRepository {

    void add(SecondFactor factor);

    Optional<SecondFactor> findByUserId(long userId);
}
