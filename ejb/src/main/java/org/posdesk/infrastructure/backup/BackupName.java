package org.posdesk.infrastructure.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup files are named by the time they were started, in UTC to the millisecond, so names sort
 * by time and never collide between two nodes' runs: {@code posdesk-20261122T215400123Z.sql.gz}.
 */
public final class BackupName {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("posdesk-(\\d{8}T\\d{9}Z)\\.sql\\.gz");

    private BackupName() {
    }

    public static String of(Instant startedAt) {
        return "posdesk-" + STAMP.format(startedAt) + ".sql.gz";
    }

    /** The start time a backup file's name carries, or empty for any other file. */
    public static Optional<Instant> parse(String fileName) {
        Matcher m = NAME.matcher(fileName == null ? "" : fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(m.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
