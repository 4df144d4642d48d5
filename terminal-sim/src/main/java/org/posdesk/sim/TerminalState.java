package org.posdesk.sim;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Batch number, STAN counter and batch phase of a terminal, rewritten whole on every change. */
final class TerminalState {

    /** Where the current batch stands: sales are taken only while it is open. */
    enum Phase { OPEN, SETTLING, UPLOADING }

    private static final int MAX_COUNTER = 999_999;

    private final Path file;
    private int batch = 1;
    private int stan;
    private Phase phase = Phase.OPEN;

    TerminalState(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(Files2.read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            batch = Integer.parseInt(p.getProperty("batch", "1"));
            stan = Integer.parseInt(p.getProperty("stan", "0"));
            phase = Phase.valueOf(p.getProperty("phase", Phase.OPEN.name()));
        }
    }

    String batch() {
        return String.format("%06d", batch);
    }

    void setBatch(int value) {
        batch = value;
        save();
    }

    Phase phase() {
        return phase;
    }

    void setPhase(Phase value) {
        phase = value;
        save();
    }

    /** The next STAN, 000001 to 999999 and round again, saved before it is used. */
    String nextStan() {
        stan = stan >= MAX_COUNTER ? 1 : stan + 1;
        save();
        return String.format("%06d", stan);
    }

    /** Closes the batch: the next batch number, 000001 after 999999. */
    void nextBatch() {
        batch = batch >= MAX_COUNTER ? 1 : batch + 1;
        phase = Phase.OPEN;
        save();
    }

    private void save() {
        Properties p = new Properties();
        p.setProperty("batch", Integer.toString(batch));
        p.setProperty("stan", Integer.toString(stan));
        p.setProperty("phase", phase.name());
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Files2.writeAtomically(file, out.toString());
    }
}
