package org.posdesk.sim;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** One line per event: time, level, thread, message. */
final class OneLineFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord record) {
        String text = formatMessage(record);
        if (record.getThrown() != null) {
            text += " (" + record.getThrown() + ")";
        }
        return TIME.format(Instant.ofEpochMilli(record.getMillis())) + " " + record.getLevel() + " ["
                + Thread.currentThread().getName() + "] " + text.replace('\n', ' ') + System.lineSeparator();
    }
}
