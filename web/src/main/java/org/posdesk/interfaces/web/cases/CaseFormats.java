package org.posdesk.interfaces.web.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the case pages write times and amounts (the portal's zone and format, yuan with two decimals). */
final class CaseFormats {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CaseFormats() {
    }

    static String time(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(ZONE));
    }

    static String local(LocalDateTime at) {
        return at == null ? "" : SHOWN.format(at);
    }

    static BigDecimal amount(Long minor) {
        return minor == null ? null : BigDecimal.valueOf(minor, 2);
    }
}
