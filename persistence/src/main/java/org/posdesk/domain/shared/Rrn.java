package org.posdesk.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.regex.Pattern;

/** Retrieval reference number (参考号), ISO 8583 field 37: 12 letters or digits from the acquirer. */
public record Rrn(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{12}");

    public Rrn {
        Checks.matching(value, FORMAT, "Rrn");
    }

    public static Rrn of(String value) {
        return new Rrn(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stores the value as its plain column; referenced with {@code @Convert} on each field. */
    @Converter
    public static final class JpaConverter implements AttributeConverter<Rrn, String> {

        @Override
        public String convertToDatabaseColumn(Rrn attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public Rrn convertToEntityAttribute(String column) {
            return column == null ? null : new Rrn(column);
        }
    }
}
