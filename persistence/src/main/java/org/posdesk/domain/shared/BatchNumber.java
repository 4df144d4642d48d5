package org.posdesk.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A terminal's settlement batch number, ISO 8583 field 60.2: 1..999999. */
public record BatchNumber(int value) implements java.io.Serializable, Comparable<BatchNumber> {

    public static final int MAX = 999_999;

    public BatchNumber {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("batch number must be 1.." + MAX + ", got " + value);
        }
    }

    public static BatchNumber of(int value) {
        return new BatchNumber(value);
    }

    /** Terminals wrap from 999999 back to 1 (0 is never used as a batch number). */
    public BatchNumber next() {
        return new BatchNumber(value == MAX ? 1 : value + 1);
    }

    /** The six-digit form used on the wire and on slips. */
    public String formatted() {
        return String.format("%06d", value);
    }

    @Override
    public int compareTo(BatchNumber other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return formatted();
    }

    /** Stores the batch number as its INT column. */
    @Converter
    public static final class JpaConverter implements AttributeConverter<BatchNumber, Integer> {

        @Override
        public Integer convertToDatabaseColumn(BatchNumber attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public BatchNumber convertToEntityAttribute(Integer column) {
            return column == null ? null : new BatchNumber(column);
        }
    }
}
