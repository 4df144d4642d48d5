package org.posdesk.application.order;

/** The fields of an order row, named as the CSV header and as the JSON body name them. */
public enum ImportField {
    ORDER_NUMBER("order_number", "orderNumber", true),
    STORE("store", "store", false),
    AMOUNT("amount", "amount", true),
    CURRENCY("currency", "currency", false),
    ORDERED_AT("ordered_at", "orderedAt", false);

    private final String csvName;
    private final String jsonName;
    private final boolean required;

    ImportField(String csvName, String jsonName, boolean required) {
        this.csvName = csvName;
        this.jsonName = jsonName;
        this.required = required;
    }

    public String csvName() {
        return csvName;
    }

    public String jsonName() {
        return jsonName;
    }

    public boolean required() {
        return required;
    }
}
