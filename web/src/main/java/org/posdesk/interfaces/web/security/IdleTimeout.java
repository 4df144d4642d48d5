package org.posdesk.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import org.posdesk.infrastructure.config.Settings;

/**
 * How long a signed-in page may sit idle: {@code idle.timeout} (env {@code POSDESK_IDLE_TIMEOUT},
 * default 10m) ends the session, and {@code idle.warning} (default 1m) before that the page asks
 * whether to stay signed in. Read once; the session listener and the page template both use it,
 * so the server's session and the page's countdown end together.
 */
@Named
@ApplicationScoped
public class IdleTimeout {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration DEFAULT_WARNING = Duration.ofMinutes(1);

    private final Duration timeout = Settings.duration("idle.timeout", DEFAULT_TIMEOUT);
    // Never more than half the timeout: a short test timeout still leaves a quiet spell first.
    private final Duration warning = min(Settings.duration("idle.warning", DEFAULT_WARNING), timeout.dividedBy(2));

    public int getTimeoutSeconds() {
        return (int) timeout.toSeconds();
    }

    public int getWarningSeconds() {
        return (int) warning.toSeconds();
    }

    /** When the page shows its warning, in the milliseconds p:idleMonitor counts. */
    public long getWarnAfterMillis() {
        return timeout.minus(warning).toMillis();
    }

    /** The "stay signed in" button's request: reaching the server is all it needs to do. */
    public void keepAlive() {
        // The request itself renewed the session.
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
