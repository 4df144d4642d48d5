package org.posdesk.connector.codec;

import java.util.List;

/**
 * The value of field 48 in a message that carries packed batch-upload entries rather than digits;
 * kept apart from a {@code String} so that {@link IsoMessage#text} and
 * {@link IsoMessage#uploadEntries} can tell the two forms apart.
 */
record PackedEntries(List<UploadEntry> entries) {

    PackedEntries {
        entries = List.copyOf(entries);
        if (entries.isEmpty() || entries.size() > UploadField.MAX_ENTRIES) {
            throw new IllegalArgumentException("a packed upload carries 1 to " + UploadField.MAX_ENTRIES
                    + " entries, got " + entries.size());
        }
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
