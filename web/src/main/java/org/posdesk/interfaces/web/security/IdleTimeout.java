package org.posdesk.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import org.posdesk.infrastructure.config.Settings;

/**
 * How long a signed-in page may sit idle: {@code idle.timeout} (env {@code POSDESK_IDLE_TIMEOUT},
 * default 10m) ends the server's session, and {@code idle.warning} (default 1m) before the page's
 * own sign-out it asks whether to stay signed in. The page signs out a short margin before the
 * server would drop the session, so its sign-out still finds the session and is audited; while the
 * user types or moves the mouse, the page tells the server at most once a margin, so the server's
 * idle clock never runs ahead of the page's.
 */
@Named
@ApplicationScoped
public class IdleTimeout {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration DEFAULT_WARNING = Duration.ofMinutes(1);
    private static final Duration MAX_MARGIN = Duration.ofSeconds(10);

    private final Duration timeout = Settings.duration("idle.timeout", DEFAULT_TIMEOUT);
    private final Duration margin = min(MAX_MARGIN, timeout.dividedBy(10));
    // Never more than half the timeout: a short test timeout still leaves a quiet spell first.
    private final Duration warning = min(Settings.duration("idle.warning", DEFAULT_WARNING), timeout.dividedBy(2));

    public int getTimeoutSeconds() {
        return (int) timeout.toSeconds();
    }

    /** How long the warning counts down before the page signs out. */
    public int getWarningSeconds() {
        return (int) warning.toSeconds();
    }

    /** When the page shows its warning, in the milliseconds p:idleMonitor counts. */
    public long getWarnAfterMillis() {
        return timeout.minus(margin).minus(warning).toMillis();
    }

    /** The longest the page lets activity go unreported to the server. */
    public long getPingMillis() {
        return margin.toMillis();
    }

    /** The keep-alive's and "stay signed in"'s request: reaching the server is all it needs to do. */
    public void keepAlive() {
        // The request itself renewed the session.
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
