package org.posdesk.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.posdesk.application.SignInThrottlePurge;
import org.posdesk.domain.user.SignInThrottleRepository;

@Stateless
public class SignInThrottlePurgeBean implements SignInThrottlePurge {

    // Far beyond any window or lockout: a row this old counts nothing any more.
    private static final Duration IDLE = Duration.ofDays(1);

    @Inject
    private SignInThrottleRepository throttles;

    private final Clock clock = Clock.systemUTC();

    @Override
    public int purge() {
        return throttles.purgeIdleSince(clock.instant().minus(IDLE));
    }
}
