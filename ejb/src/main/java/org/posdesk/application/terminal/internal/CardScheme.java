package org.posdesk.application.terminal.internal;

/**
 * Domestic or foreign card, as profile 1 counts them in settlement totals and as a packed
 * batch-upload entry names them in its scheme: domestic means a BIN starting with 62 (UnionPay).
 */
final class CardScheme {

    private CardScheme() {
    }

    static boolean isDomestic(String bin) {
        return bin != null && bin.startsWith("62");
    }
}
