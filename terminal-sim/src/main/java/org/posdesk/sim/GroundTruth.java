package org.posdesk.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fleet considers delivered, one CSV line per acknowledged advice or upload record:
 * tid, batch, stan, type, amount, bin, last4, rrn, auth code, terminal time, origin. BIN and last
 * four only, never a card number. Shared by all terminals of a run.
 */
final class GroundTruth implements AutoCloseable {

    static final String HEADER = "tid,batch,stan,type,amount,bin,last4,rrn,auth_code,terminal_time,origin";

    /** One delivered record. */
    record Line(String tid, String batch, String stan, String type, long amount, String bin, String last4,
                String rrn, String authCode, String terminalTime, String origin) {

        String key() {
            return tid + "/" + batch + "/" + stan;
        }

        /** Everything posdesk compares for a duplicate; the origin is how it came, not what it is. */
        boolean sameContent(Line other) {
            return type.equals(other.type) && amount == other.amount && bin.equals(other.bin)
                    && last4.equals(other.last4) && rrn.equals(other.rrn) && authCode.equals(other.authCode)
                    && terminalTime.equals(other.terminalTime);
        }

        String csv() {
            return String.join(",", tid, batch, stan, type, Long.toString(amount), bin, last4, rrn, authCode,
                    terminalTime, origin);
        }

        static Line parse(String csv) {
            String[] p = csv.split(",", -1);
            if (p.length != 11) {
                throw new IllegalArgumentException("ground-truth line with " + p.length + " columns");
            }
            return new Line(p[0], p[1], p[2], p[3], Long.parseLong(p[4]), p[5], p[6], p[7], p[8], p[9], p[10]);
        }
    }

    private final BufferedWriter out;

    private GroundTruth(BufferedWriter out) {
        this.out = out;
    }

    static GroundTruth appendingTo(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (fresh) {
                out.write(HEADER);
                out.newLine();
                out.flush();
            }
            return new GroundTruth(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ground truth that records nothing, for runs that only measure. */
    static GroundTruth none() {
        return new GroundTruth(null);
    }

    synchronized void record(Line line) {
        if (out == null) {
            return;
        }
        try {
            out.write(line.csv());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Line> read(Path file) {
        try {
            List<Line> lines = new ArrayList<>();
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!text.isBlank() && !text.equals(HEADER)) {
                    lines.add(Line.parse(text));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
