package org.posdesk.infrastructure.backup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a dump holds, table by table, and whether mariadb-dump finished it (its last line, "-- Dump
 * completed", is missing from a dump that was cut off).
 *
 * @param tables every table the dump creates, with its figures (zero rows for an empty table)
 */
public record DumpFigures(Map<String, TableFigures> tables, boolean complete) {

    public DumpFigures {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    public long rows() {
        return tables.values().stream().mapToLong(TableFigures::rows).sum();
    }

    /** One "table TAB rows TAB checksum" line per table, as stored with the backup record. */
    public String format() {
        StringBuilder text = new StringBuilder();
        tables.forEach((name, f) -> text.append(name).append('\t').append(f.rows()).append('\t')
                .append(f.checksumHex()).append('\n'));
        return text.toString();
    }

    /** Reads {@link #format()}'s text back; the figures of a finished dump. */
    public static DumpFigures parse(String text) {
        Map<String, TableFigures> tables = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a figures line: " + line);
            }
            tables.put(parts[0], new TableFigures(Long.parseLong(parts[1]), Long.parseUnsignedLong(parts[2], 16)));
        }
        return new DumpFigures(tables, true);
    }

    /**
     * The first difference between what was backed up (this) and what a restore holds, in words
     * an operator can act on; empty when every table matches.
     */
    public Optional<String> differenceFrom(DumpFigures restored) {
        if (!restored.complete) {
            return Optional.of("the restored database could not be read completely");
        }
        List<String> differences = new ArrayList<>();
        for (String table : new TreeSet<>(union(restored))) {
            TableFigures backedUp = tables.get(table);
            TableFigures back = restored.tables.get(table);
            if (backedUp == null) {
                differences.add("table " + table + " is in the restore but was not backed up");
            } else if (back == null) {
                differences.add("table " + table + " is missing from the restore");
            } else if (backedUp.rows() != back.rows()) {
                differences.add("table " + table + ": " + backedUp.rows() + " rows backed up, " + back.rows()
                        + " restored");
            } else if (backedUp.checksum() != back.checksum()) {
                differences.add("table " + table + ": checksum " + backedUp.checksumHex() + " backed up, "
                        + back.checksumHex() + " restored (same " + back.rows() + " rows, different values)");
            }
        }
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        String first = differences.get(0);
        return Optional.of(differences.size() == 1 ? first : first + " (and " + (differences.size() - 1) + " more)");
    }

    private TreeSet<String> union(DumpFigures other) {
        TreeSet<String> names = new TreeSet<>(tables.keySet());
        names.addAll(other.tables.keySet());
        return names;
    }
}
