package org.posdesk.sim;

/** What a journal entry is, with the codes it travels under and the names posdesk stores it by. */
enum EntryKind {
    SALE("22", "000000", "SALE", "ONLINE"),
    OFFLINE_SALE("30", "000000", "SALE", "OFFLINE"),
    VOID("23", "200000", "VOID", "ONLINE"),
    REFUND("25", "200000", "REFUND", "ONLINE");

    private final String messageType;
    private final String processingCode;
    private final String storedType;
    private final String origin;

    EntryKind(String messageType, String processingCode, String storedType, String origin) {
        this.messageType = messageType;
        this.processingCode = processingCode;
        this.storedType = storedType;
        this.origin = origin;
    }

    /** 60.1. */
    String messageType() {
        return messageType;
    }

    /** Field 3. */
    String processingCode() {
        return processingCode;
    }

    /** {@code card_transaction.type}. */
    String storedType() {
        return storedType;
    }

    /** {@code card_transaction.origin} when delivered by advice. */
    String origin() {
        return origin;
    }

    boolean isDebit() {
        return this == SALE || this == OFFLINE_SALE;
    }

    boolean hasOriginal() {
        return this == VOID || this == REFUND;
    }
}
