package org.posdesk.interfaces.web.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates on the order pages are read and shown on the wall clock of posdesk's merchants (China),
 * as the dashboard counts "today"; the services work in instants.
 */
final class PortalTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PortalTime() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(ZONE));
    }

    static String format(LocalDateTime local) {
        return local == null ? "" : SHOWN.format(local);
    }

    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }

    /** The end of an inclusive "to" day: the start of the next. */
    static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
