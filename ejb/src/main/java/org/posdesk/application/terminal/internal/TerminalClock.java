package org.posdesk.application.terminal.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Terminal local time from fields 12 (hhmmss) and 13 (MMDD), which carry no year: the year is the
 * one that puts the time nearest to when posdesk received it, read in the merchant's zone. A slip
 * of 31 December 23:59 that arrives just after midnight on 1 January belongs to the old year.
 */
final class TerminalClock {

    private static final DateTimeFormatter MONTH_DAY_TIME = DateTimeFormatter.ofPattern("MMddHHmmss");

    private TerminalClock() {
    }

    /** Empty only when no year near the receipt has that date (29 February far from a leap year). */
    static Optional<LocalDateTime> resolve(String mmdd, String hhmmss, Instant receivedAt, ZoneId zone) {
        LocalDateTime received = LocalDateTime.ofInstant(receivedAt, zone);
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int day = Integer.parseInt(mmdd.substring(2, 4));
        int hour = Integer.parseInt(hhmmss.substring(0, 2));
        int minute = Integer.parseInt(hhmmss.substring(2, 4));
        int second = Integer.parseInt(hhmmss.substring(4, 6));
        return IntStream.rangeClosed(received.getYear() - 1, received.getYear() + 1)
                .mapToObj(year -> at(year, month, day, hour, minute, second))
                .flatMap(Optional::stream)
                .min(Comparator.comparing(candidate -> Duration.between(candidate, received).abs()));
    }

    /** The part of a terminal time the terminal actually sent, for comparing repeats across New Year. */
    static String monthDayTime(LocalDateTime terminalTime) {
        return MONTH_DAY_TIME.format(terminalTime);
    }

    private static Optional<LocalDateTime> at(int year, int month, int day, int hour, int minute, int second) {
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
