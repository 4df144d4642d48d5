package org.posdesk.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.posdesk.application.order.ImportField;
import org.posdesk.application.order.ImportFormatException;
import org.posdesk.application.order.ImportLine;
import org.posdesk.application.order.ImportProblem.Code;

/**
 * The request body, a JSON array of order objects, read one object at a time as the import
 * consumes it: a request of any size holds one order in memory. Field values may be strings or
 * numbers (an ERP writes amounts either way); anything else is passed on as text for the
 * validation to refuse with the row and field named. Unknown fields are ignored.
 */
final class JsonOrderLines implements Iterator<ImportLine> {

    private final JsonParser parser;
    private long row;
    private Boolean objectAhead;

    JsonOrderLines(JsonParser parser) {
        this.parser = parser;
        try {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new ImportFormatException(0, Code.FILE_MALFORMED, "the body must be a JSON array of orders");
            }
        } catch (JsonParsingException e) {
            throw malformed(e);
        }
    }

    @Override
    public boolean hasNext() {
        if (objectAhead == null) {
            try {
                JsonParser.Event event = parser.next();
                if (event != JsonParser.Event.START_OBJECT && event != JsonParser.Event.END_ARRAY) {
                    throw new ImportFormatException(row + 1, Code.FILE_MALFORMED, "each order must be a JSON object");
                }
                objectAhead = event == JsonParser.Event.START_OBJECT;
            } catch (JsonParsingException | NoSuchElementException e) {
                throw malformed(e);
            }
        }
        return objectAhead;
    }

    @Override
    public ImportLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        JsonObject order;
        try {
            order = parser.getObject();
        } catch (JsonParsingException e) {
            throw malformed(e);
        }
        objectAhead = null;
        row++;
        return new ImportLine(row, text(order, ImportField.ORDER_NUMBER), text(order, ImportField.STORE),
                text(order, ImportField.AMOUNT), text(order, ImportField.CURRENCY), text(order, ImportField.ORDERED_AT));
    }

    private static String text(JsonObject order, ImportField field) {
        JsonValue value = order.get(field.jsonName());
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return value.toString();
    }

    private ImportFormatException malformed(RuntimeException e) {
        return new ImportFormatException(row + 1, Code.FILE_MALFORMED, "not valid JSON: " + e.getMessage());
    }
}
