package org.posdesk.infrastructure.backup;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Makes a backup file with mariadb-dump and proves it restores. The figures of what was backed up
 * come from the dump stream on its way to the file ({@link DumpStatistics}); the proof restores the
 * file into a scratch database, dumps that the same way and compares the figures table by table.
 */
public final class BackupEngine {

    private static final int BUFFER = 1 << 16;

    private final MariaDbTools tools;

    public BackupEngine(MariaDbTools tools) {
        this.tools = tools;
    }

    /** A written backup file. */
    public record Dumped(DumpFigures figures, long size, Duration took) {
    }

    /** A verification's outcome: empty failure means every table matched. */
    public record Verification(Optional<String> failure, Duration took) {
        public boolean passed() {
            return failure.isEmpty();
        }
    }

    /**
     * Writes the dump of {@code db} to {@code file}, gzip-compressed, through a temporary name so a
     * file under the final name is always whole.
     */
    public Dumped dump(DatabaseAddress db, Path file) {
        long start = System.nanoTime();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        DumpStatistics statistics = new DumpStatistics();
        try {
            // The file holds every merchant's data (and encrypted keys): readable by this user only.
            if (!Files.isDirectory(file.getParent())) {
                Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            Files.deleteIfExists(part);
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(part), BUFFER),
                    BUFFER)) {
                tools.dump(db, new Tee(gzip, statistics));
            }
            DumpFigures figures = statistics.figures();
            if (!figures.complete()) {
                throw new BackupException("mariadb-dump ended without its closing line: the dump is incomplete");
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            return new Dumped(figures, Files.size(file), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new BackupException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // Left for the next run's listing to ignore: it never has a backup's name.
            }
        }
    }

    /**
     * Restores {@code file} into the scratch database (dropped and created anew, dropped again
     * afterwards) and compares what it holds with {@code expected}, the figures taken when the
     * file was written.
     */
    public Verification verify(Path file, DumpFigures expected, DatabaseAddress scratch) {
        long start = System.nanoTime();
        try {
            return new Verification(check(file, expected, scratch), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            try {
                tools.execute(scratch, "DROP DATABASE IF EXISTS `" + scratch.database() + "`");
            } catch (BackupException e) {
                // The next verification drops it first anyway.
            }
        }
    }

    private Optional<String> check(Path file, DumpFigures expected, DatabaseAddress scratch) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("the backup file " + file.getFileName() + " is missing");
        }
        String name = scratch.database();
        try {
            tools.execute(scratch, "DROP DATABASE IF EXISTS `" + name + "`; CREATE DATABASE `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (BackupException e) {
            return Optional.of("cannot create the scratch database " + name + ": " + e.getMessage());
        }
        try (Watched in = new Watched(new GZIPInputStream(Files.newInputStream(file), BUFFER))) {
            try {
                tools.load(scratch, in);
            } catch (BackupException e) {
                return Optional.of(in.failure != null
                        ? "the backup file is damaged or cut off: " + in.failure.getMessage()
                        : "the backup did not restore: " + e.getMessage());
            }
        } catch (IOException e) {
            return Optional.of("the backup file is damaged or cut off: " + e.getMessage());
        }
        DumpStatistics restored = new DumpStatistics();
        try {
            tools.dump(scratch, restored);
        } catch (BackupException e) {
            return Optional.of("cannot read back the restored database: " + e.getMessage());
        }
        return expected.differenceFrom(restored.figures());
    }

    /** Writes to two streams: the compressed file and the statistics. */
    private static final class Tee extends OutputStream {
        private final OutputStream file;
        private final OutputStream statistics;

        Tee(OutputStream file, OutputStream statistics) {
            this.file = file;
            this.statistics = statistics;
        }

        @Override
        public void write(int b) throws IOException {
            file.write(b);
            statistics.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            file.write(b, off, len);
            statistics.write(b, off, len);
        }
    }

    /** Remembers a read failure of the file, to tell a damaged file from a failing restore. */
    private static final class Watched extends FilterInputStream {
        private IOException failure;

        Watched(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
