package org.posdesk.application;

import jakarta.ejb.Local;

/** Forgets failed sign-in counts that no longer count (names an attacker made up pile up otherwise). */
@Local
public interface SignInThrottlePurge {

    /** @return how many rows went */
    int purge();
}
