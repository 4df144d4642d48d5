package org.posdesk.infrastructure.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings read from a system property ({@code posdesk.x.y}) or else an environment
 * variable ({@code POSDESK_X_Y}), the way the server's CLI scripts take theirs.
 */
public final class Settings {

    private static final String DURATION_FORMS = "a duration is like 30s, 5m or 2h";

    private Settings() {
    }

    /** @param key dotted and dashed, lower case: {@code job.offline-gaps} */
    public static Optional<String> get(String key) {
        String property = System.getProperty("posdesk." + key);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.trim());
        }
        String env = System.getenv(environmentName(key));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.trim());
    }

    public static String environmentName(String key) {
        return "POSDESK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** A duration written as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, or the fallback. */
    public static Duration duration(String key, Duration fallback) {
        return get(key).map(Settings::parseDuration).orElse(fallback);
    }

    public static Duration parseDuration(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        int unit = 0;
        while (unit < value.length() && Character.isDigit(value.charAt(unit))) {
            unit++;
        }
        if (unit == 0 || unit == value.length()) {
            throw new IllegalArgumentException(DURATION_FORMS + ", not '" + text + "'");
        }
        long amount = Long.parseLong(value.substring(0, unit));
        Duration duration = switch (value.substring(unit)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException(DURATION_FORMS + ", not '" + text + "'");
        };
        if (duration.isZero()) {
            throw new IllegalArgumentException(DURATION_FORMS + " above zero, not '" + text + "'");
        }
        return duration;
    }
}
