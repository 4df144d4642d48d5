package org.posdesk.domain.anomaly;

/** Why a journal entry was flagged. */
public enum AnomalyRule {
    /** The amount is above the merchant's threshold. */
    AMOUNT_ABOVE,
    /** Made inside the merchant's night window, by the terminal's local clock. */
    NIGHT_TIME,
    /** The same card (BIN and last four) paid at the same merchant again within the window. */
    REPEATED_CARD
}
