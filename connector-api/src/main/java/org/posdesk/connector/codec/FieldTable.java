package org.posdesk.connector.codec;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The fields a profile allows, by number. */
public final class FieldTable {

    private final SortedMap<Integer, FieldSpec> specs;

    private FieldTable(SortedMap<Integer, FieldSpec> specs) {
        this.specs = Collections.unmodifiableSortedMap(specs);
    }

    public static FieldTable of(FieldSpec... rows) {
        SortedMap<Integer, FieldSpec> specs = new TreeMap<>();
        for (FieldSpec row : rows) {
            if (specs.putIfAbsent(row.number(), row) != null) {
                throw new IllegalArgumentException("field " + row.number() + " listed twice");
            }
        }
        return new FieldTable(specs);
    }

    public Optional<FieldSpec> find(int number) {
        return Optional.ofNullable(specs.get(number));
    }

    public FieldSpec get(int number) {
        return find(number).orElseThrow(
                () -> new IllegalArgumentException("field " + number + " is not in the table"));
    }

    public List<FieldSpec> specs() {
        return List.copyOf(specs.values());
    }
}
