package org.posdesk.interfaces.web.terminals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the terminal pages write times, durations and amounts. Server instants are shown in
 * China time, the zone posdesk's merchants and its dashboard use; terminal times as the terminal
 * printed them.
 */
@Named("terminalDisplay")
@ApplicationScoped
public class Display {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public String time(Instant at) {
        return at == null ? "—" : TIME.format(at.atZone(ZONE));
    }

    public String local(LocalDateTime at) {
        return at == null ? "—" : TIME.format(at);
    }

    /** 1 h 05 min, 3 min 20 s, 45 s. */
    public String duration(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        if (d.toHours() > 0) {
            return d.toHours() + " h " + "%02d".formatted(d.toMinutesPart()) + " min";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min " + "%02d".formatted(d.toSecondsPart()) + " s";
        }
        return d.toSeconds() + " s";
    }

    /** Minor units as a decimal amount: 12345 CNY → 123.45. */
    public String amount(long minor) {
        return "%d.%02d".formatted(minor / 100, Math.abs(minor % 100));
    }
}
