package org.posdesk.it.faults;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a log file gained since this object was made (the server log outlives a test). */
final class LogTail {

    private final Path file;
    private final long start;

    private LogTail(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    static LogTail from(Path file) throws IOException {
        return new LogTail(file, Files.exists(file) ? Files.size(file) : 0);
    }

    /** The text written since; all of it if the file was rotated or recreated meanwhile. */
    String text() throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long from = in.length() < start ? 0 : start;
            byte[] bytes = new byte[(int) (in.length() - from)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    long linesContaining(String needle) throws IOException {
        return count(text(), needle);
    }

    static long count(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).count();
    }
}
