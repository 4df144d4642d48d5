package org.posdesk.application.statement.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole in-memory fixture with a profile, for assertions. */
final class StatementFiles {

    static final StatementProfiles PROFILES = StatementProfiles.builtIn();
    static final StatementProfile ACOMN = PROFILES.find("unionpay-acomn").orElseThrow();
    static final StatementProfile ALLINPAY = PROFILES.find("allinpay-pos-csv").orElseThrow();

    private StatementFiles() {
    }

    static List<LineOutcome> read(StatementProfile profile, byte[] content, LocalDate clearingDate) {
        StatementReader reader = StatementReader.open(profile, new ByteArrayInputStream(content), clearingDate);
        List<LineOutcome> outcomes = new ArrayList<>();
        try {
            for (LineOutcome o = reader.next(); o != null; o = reader.next()) {
                outcomes.add(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader.finish();
        return outcomes;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static LineOutcome.Parsed parsed(LineOutcome outcome) {
        if (outcome instanceof LineOutcome.Parsed p) {
            return p;
        }
        throw new AssertionError("expected a parsed line, got " + outcome);
    }
}
