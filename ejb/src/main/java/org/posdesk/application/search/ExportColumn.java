package org.posdesk.application.search;

/**
 * The columns of an export, in file order. Callers give one header label per column (pages take
 * them from the bundle, key {@code search.col.<key>}), so files come in the reader's language.
 */
public enum ExportColumn {
    TIME("time"), STORE("store"), TID("tid"), BATCH("batch"), TYPE("type"), STATUS("status"), AMOUNT("amount"),
    CURRENCY("currency"), CARD("card"), STAN("stan"), RRN("rrn"), AUTH_CODE("authCode"), ORDER("order"),
    ORIGIN("origin"), ANOMALY("anomaly");

    private final String key;

    ExportColumn(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
