package org.posdesk.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.regex.Pattern;

/** Authorisation code, ISO 8583 field 38: 6 letters or digits. */
public record AuthCode(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{6}");

    public AuthCode {
        Checks.matching(value, FORMAT, "AuthCode");
    }

    public static AuthCode of(String value) {
        return new AuthCode(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stores the value as its plain column; referenced with {@code @Convert} on each field. */
    @Converter
    public static final class JpaConverter implements AttributeConverter<AuthCode, String> {

        @Override
        public String convertToDatabaseColumn(AuthCode attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public AuthCode convertToEntityAttribute(String column) {
            return column == null ? null : new AuthCode(column);
        }
    }
}
