package org.posdesk.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.regex.Pattern;

/** Merchant id, ISO 8583 field 42: exactly 15 letters or digits. */
public record Mid(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{15}");

    public Mid {
        Checks.matching(value, FORMAT, "Mid");
    }

    public static Mid of(String value) {
        return new Mid(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stores the value as its plain column; referenced with {@code @Convert} on each field. */
    @Converter
    public static final class JpaConverter implements AttributeConverter<Mid, String> {

        @Override
        public String convertToDatabaseColumn(Mid attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public Mid convertToEntityAttribute(String column) {
            return column == null ? null : new Mid(column);
        }
    }
}
