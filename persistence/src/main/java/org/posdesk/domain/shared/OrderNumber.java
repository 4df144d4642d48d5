package org.posdesk.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.regex.Pattern;

/** Merchant order number: up to 32 of A–Z, a–z, 0–9, underscore and hyphen, unique per merchant. */
public record OrderNumber(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public OrderNumber {
        Checks.matching(value, FORMAT, "OrderNumber");
    }

    public static OrderNumber of(String value) {
        return new OrderNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stores the value as its plain column; referenced with {@code @Convert} on each field. */
    @Converter
    public static final class JpaConverter implements AttributeConverter<OrderNumber, String> {

        @Override
        public String convertToDatabaseColumn(OrderNumber attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public OrderNumber convertToEntityAttribute(String column) {
            return column == null ? null : new OrderNumber(column);
        }
    }
}
