package org.posdesk.connector.codec;

import java.util.List;

/**
 * Packed entries on their way to the wire: the masked entries of the message and, entry by entry,
 * the full card numbers an {@link OutboundMessage} holds apart from it. Exists only between
 * {@link OutboundMessage#wireValue} and {@link UploadField#encode}.
 */
final class FullEntries {

    private final PackedEntries entries;
    private final List<char[]> pans;

    FullEntries(PackedEntries entries, List<char[]> pans) {
        if (entries.entries().size() != pans.size()) {
            throw new IllegalArgumentException("field 48 holds " + entries.entries().size()
                    + " entries but " + pans.size() + " full numbers: add entries with OutboundMessage.withUploadEntry");
        }
        this.entries = entries;
        this.pans = pans;
    }

    List<UploadEntry> entries() {
        return entries.entries();
    }

    char[] pan(int index) {
        return pans.get(index);
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
