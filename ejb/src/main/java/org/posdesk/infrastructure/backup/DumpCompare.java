package org.posdesk.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The last step of {@code bin/posdesk restore}: the figures of a backup file against a dump of the
 * database it was restored into (read from standard input), table by table, the same comparison
 * every backup's verification makes. Exit 0 when every table matches, 1 when one differs, 2 when
 * called wrongly.
 */
public final class DumpCompare {

    private static final int BUFFER = 1 << 16;

    private DumpCompare() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DumpCompare BACKUP.sql.gz < dump-of-the-restored-database.sql");
            System.exit(2);
        }
        System.exit(compare(Path.of(args[0]), System.in, System.out));
    }

    static int compare(Path backup, InputStream restoredDump, PrintStream out) throws IOException {
        DumpFigures backedUp;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(backup), BUFFER)) {
            backedUp = figuresOf(in);
        }
        DumpFigures restored = figuresOf(restoredDump);
        Optional<String> difference = backedUp.differenceFrom(restored);
        if (difference.isPresent()) {
            out.println("DIFFERS: " + difference.get());
            return 1;
        }
        out.println("every table matches the backup: " + backedUp.tables().size() + " tables, " + backedUp.rows()
                + " rows, same checksums");
        return 0;
    }

    private static DumpFigures figuresOf(InputStream dump) throws IOException {
        DumpStatistics statistics = new DumpStatistics();
        dump.transferTo(statistics);
        return statistics.figures();
    }
}
