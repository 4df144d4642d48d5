package org.posdesk.application.statement.format;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Streams one statement's lines; never holds the file. {@link #finish} runs the whole-file checks
 * (the summary, for files that carry one) once every line has been read.
 */
public interface StatementReader {

    /** The next transaction or bad line; null at the end. Blank, header, comment and skipped lines are passed over. */
    LineOutcome next() throws IOException;

    /** @throws StatementFormatException when the file as a whole does not add up */
    void finish();

    /** The acquiring institution the file names, if any. */
    String institution();

    /** The latest transaction date seen (for files whose name carries no clearing date). */
    LocalDate latestDate();

    /**
     * @param clearingDate the file's clearing date; needed when the profile's times carry no year
     */
    static StatementReader open(StatementProfile profile, InputStream content, LocalDate clearingDate) {
        return profile.family() == StatementProfile.Family.FIXED_WIDTH
                ? new FixedWidthReader(profile, content, clearingDate)
                : new DelimitedReader(profile, content, clearingDate);
    }
}
