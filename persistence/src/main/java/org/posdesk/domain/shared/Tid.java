package org.posdesk.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.regex.Pattern;

/** Terminal id, ISO 8583 field 41: exactly 8 letters or digits. */
public record Tid(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{8}");

    public Tid {
        Checks.matching(value, FORMAT, "Tid");
    }

    public static Tid of(String value) {
        return new Tid(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stores the value as its plain column; referenced with {@code @Convert} on each field. */
    @Converter
    public static final class JpaConverter implements AttributeConverter<Tid, String> {

        @Override
        public String convertToDatabaseColumn(Tid attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public Tid convertToEntityAttribute(String column) {
            return column == null ? null : new Tid(column);
        }
    }
}
