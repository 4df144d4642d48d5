package org.posdesk.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.regex.Pattern;

/** System trace audit number, ISO 8583 field 11: the trace number printed on the slip (凭证号). */
public record Stan(String value) implements java.io.Serializable, Comparable<Stan> {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{6}");

    public Stan {
        Checks.matching(value, FORMAT, "STAN");
    }

    public static Stan of(String value) {
        return new Stan(value);
    }

    public static Stan of(int number) {
        if (number < 0 || number > 999_999) {
            throw new IllegalArgumentException("STAN must be 0..999999, got " + number);
        }
        return new Stan(String.format("%06d", number));
    }

    public int asInt() {
        return Integer.parseInt(value);
    }

    @Override
    public int compareTo(Stan other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stores the STAN as its CHAR(6) column. */
    @Converter
    public static final class JpaConverter implements AttributeConverter<Stan, String> {

        @Override
        public String convertToDatabaseColumn(Stan attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public Stan convertToEntityAttribute(String column) {
            return column == null ? null : new Stan(column);
        }
    }
}
