package org.posdesk.interfaces.web.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the operators' wall clock (China, like the other pages). */
final class AlertFormat {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private AlertFormat() {
    }

    static String time(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }
}
