package org.posdesk.application.statement.format;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes delimited statement rows in a profile's column order, unquoted as the acquirer does
 * (so a separator inside a value stays there, as in real files): the inverse of the reader, for
 * fixture files.
 */
public final class DelimitedWriter {

    private final StatementProfile profile;

    public DelimitedWriter(StatementProfile profile) {
        if (profile.family() != StatementProfile.Family.DELIMITED || profile.columns().isEmpty()) {
            throw new IllegalArgumentException(profile.name() + " is not delimited with named columns");
        }
        this.profile = profile;
    }

    public String header() {
        return String.join(profile.separator(), profile.columns());
    }

    /** A row from values by column name; missing columns are empty. No line end. */
    public String row(Map<String, String> values) {
        StringJoiner row = new StringJoiner(profile.separator());
        for (String column : profile.columns()) {
            row.add(values.getOrDefault(column, ""));
        }
        return row.toString();
    }

    /** Whole lines joined with the given line end, encoded in the profile's charset. */
    public byte[] encode(List<String> lines, String lineEnd) {
        Charset charset = profile.charset();
        return (String.join(lineEnd, lines) + lineEnd).getBytes(charset);
    }
}
