package org.posdesk.connector.codec;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable profile-1 message: MTI and fields by number. Numeric and ASCII fields are
 * {@code String}s, binary fields {@code byte[]} (copied in and out), field 2 a {@link MaskedCard},
 * and field 48 either digits or packed batch-upload entries ({@link UploadEntry}, masked cards).
 * Every value is checked against {@link ProfileOne#FIELDS} when it is set, so a message that
 * exists can always be encoded.
 */
public final class IsoMessage {

    private final String mti;
    private final SortedMap<Integer, Object> fields;

    private IsoMessage(String mti, SortedMap<Integer, Object> fields) {
        this.mti = mti;
        this.fields = fields;
    }

    /**
     * The reply to a request whose MTI is outside the profile: its MTI is the request's + 10 and
     * so outside the profile too, but the terminal still deserves an answer it can match.
     */
    public static IsoMessage errorReplyTo(String requestMti) {
        if (requestMti == null || !requestMti.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("MTI must be four digits");
        }
        int reply = Integer.parseInt(requestMti) + 10;
        if (reply > 9999) {
            throw new IllegalArgumentException("no reply MTI for " + requestMti);
        }
        return new IsoMessage("%04d".formatted(reply), Collections.emptySortedMap());
    }

    public static IsoMessage of(String mti) {
        if (!ProfileOne.isAllowedMti(mti)) {
            throw new IllegalArgumentException("MTI " + mti + " is not in profile 1");
        }
        return new IsoMessage(mti, Collections.emptySortedMap());
    }

    public String mti() {
        return mti;
    }

    public IsoMessage with(int field, String value) {
        return put(field, value);
    }

    public IsoMessage with(int field, byte[] value) {
        return put(field, value == null ? null : value.clone());
    }

    public IsoMessage withCard(MaskedCard card) {
        return put(ProfileOne.PAN_FIELD, card);
    }

    /**
     * Field 48 as packed batch-upload entries (1 to {@value ProfileOne#MAX_UPLOAD_ENTRIES}), in
     * their order on the wire; to send them, full numbers go through
     * {@link OutboundMessage#withUploadEntry}.
     */
    public IsoMessage withUploadEntries(List<UploadEntry> entries) {
        return put(ProfileOne.UPLOAD_FIELD, new PackedEntries(entries));
    }

    public IsoMessage without(int field) {
        if (!fields.containsKey(field)) {
            return this;
        }
        SortedMap<Integer, Object> copy = new TreeMap<>(fields);
        copy.remove(field);
        return new IsoMessage(mti, Collections.unmodifiableSortedMap(copy));
    }

    /** The same fields under another MTI, as a reply is built from its request. */
    public IsoMessage withMti(String newMti) {
        return new IsoMessage(of(newMti).mti, fields);
    }

    public boolean has(int field) {
        return fields.containsKey(field);
    }

    public SortedSet<Integer> fields() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(fields.keySet()));
    }

    /**
     * A numeric or ASCII field; asking for a binary field or the card is a programming error.
     * Field 48 is text when it carries digits (settlement totals, an upload-end count) and empty
     * when it carries packed batch-upload entries, which only {@link #uploadEntries} gives, masked.
     */
    public Optional<String> text(int field) {
        if (!ProfileOne.FIELDS.get(field).encoding().isText()) {
            throw new IllegalArgumentException("field " + field + " is not a text field");
        }
        return fields.get(field) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** The packed batch-upload entries of field 48; empty when 48 is absent or carries digits. */
    public Optional<List<UploadEntry>> uploadEntries() {
        return fields.get(ProfileOne.UPLOAD_FIELD) instanceof PackedEntries packed
                ? Optional.of(packed.entries()) : Optional.empty();
    }

    public Optional<byte[]> binary(int field) {
        if (!ProfileOne.FIELDS.get(field).encoding().isBinary()) {
            throw new IllegalArgumentException("field " + field + " is not a binary field");
        }
        return Optional.ofNullable((byte[]) fields.get(field)).map(byte[]::clone);
    }

    public Optional<MaskedCard> card() {
        return Optional.ofNullable((MaskedCard) fields.get(ProfileOne.PAN_FIELD));
    }

    /** For the encoder: the stored value itself, already checked and never handed outside. */
    Object value(int field) {
        return fields.get(field);
    }

    /** For the decoder: values that came out of the field codecs and need no second check. */
    static IsoMessage decoded(String mti, Map<Integer, Object> decodedFields) {
        return new IsoMessage(mti, Collections.unmodifiableSortedMap(new TreeMap<>(decodedFields)));
    }

    private IsoMessage put(int field, Object value) {
        Objects.requireNonNull(value, "value of field " + field);
        FieldSpec spec = ProfileOne.FIELDS.get(field);
        spec.encoding().codec().check(spec, value);
        SortedMap<Integer, Object> copy = new TreeMap<>(fields);
        copy.put(field, value);
        return new IsoMessage(mti, Collections.unmodifiableSortedMap(copy));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof IsoMessage that) || !mti.equals(that.mti)
                || !fields.keySet().equals(that.fields.keySet())) {
            return false;
        }
        for (Map.Entry<Integer, Object> entry : fields.entrySet()) {
            if (!Objects.deepEquals(entry.getValue(), that.fields.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = mti.hashCode();
        for (Map.Entry<Integer, Object> entry : fields.entrySet()) {
            Object value = entry.getValue();
            int valueHash = value instanceof byte[] bytes ? Arrays.hashCode(bytes) : value.hashCode();
            hash = 31 * hash + (entry.getKey() ^ valueHash);
        }
        return hash;
    }

    /** Binary fields show only their size: field 62 carries key material. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("IsoMessage[").append(mti);
        fields.forEach((field, value) -> {
            out.append(", ").append(field).append('=');
            if (value instanceof byte[] bytes) {
                out.append('<').append(bytes.length).append(" bytes>");
            } else {
                out.append(value);
            }
        });
        return out.append(']').toString();
    }
}
