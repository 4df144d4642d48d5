package org.posdesk.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The terminal's journal of one batch, an append-only file per batch. Voids mark their original
 * by reference; a reversed entry is marked by an {@code R|stan} line. Files of closed batches stay,
 * so a host-initiated re-upload of an earlier batch can be obeyed.
 */
final class Journal {

    private final Path file;
    private final List<JournalEntry> entries = new ArrayList<>();
    private final Set<String> cancelled = new HashSet<>();

    private Journal(Path file) {
        this.file = file;
    }

    static Path fileOf(Path terminalDir, String batch) {
        return terminalDir.resolve("journal-" + batch + ".log");
    }

    static Journal open(Path terminalDir, String batch) {
        Journal journal = new Journal(fileOf(terminalDir, batch));
        if (Files.exists(journal.file)) {
            try {
                for (String line : Files.readAllLines(journal.file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("R|")) {
                        journal.cancelled.add(line.substring(2));
                    } else if (!line.isBlank()) {
                        journal.remember(JournalEntry.parse(line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return journal;
    }

    static boolean exists(Path terminalDir, String batch) {
        return Files.exists(fileOf(terminalDir, batch));
    }

    void append(JournalEntry entry) {
        write(entry.line());
        remember(entry);
    }

    void markReversed(String stan) {
        write("R|" + stan);
        cancelled.add(stan);
    }

    List<JournalEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Whether a void or reversal took this entry out of the totals. */
    boolean isCancelled(String stan) {
        return cancelled.contains(stan);
    }

    Optional<JournalEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    Optional<JournalEntry> find(String stan) {
        return entries.stream().filter(e -> e.stan().equals(stan)).findFirst();
    }

    private void remember(JournalEntry entry) {
        entries.add(entry);
        if (entry.kind() == EntryKind.VOID) {
            cancelled.add(entry.originalStan());
            cancelled.add(entry.stan());
        }
    }

    private void write(String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
