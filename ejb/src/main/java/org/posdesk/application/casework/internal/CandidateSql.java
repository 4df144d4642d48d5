package org.posdesk.application.casework.internal;

/**
 * The candidate finder's probes, one indexed lookup each (named after the index that serves it),
 * public so that CasePlansIT explains exactly these statements.
 */
public final class CandidateSql {

    public static final String LIMIT = " limit 40";

    /** ix_card_transaction_rrn */
    public static final String BY_RRN = "select id from card_transaction where rrn = :rrn and merchant_id = :m";
    /** ix_card_transaction_auth_code */
    public static final String BY_AUTH_CODE = "select id from card_transaction where auth_code = :auth"
            + " and merchant_id = :m and terminal_time between :from and :to";
    /** ix_card_transaction_stan_time */
    public static final String BY_STAN = "select id from card_transaction where stan = :stan"
            + " and terminal_time between :from and :to and merchant_id = :m";
    /** ix_card_transaction_merchant_amount */
    public static final String BY_AMOUNT = "select id from card_transaction where merchant_id = :m"
            + " and amount_minor between :a1 and :a2 and terminal_time between :from and :to";
    /** ix_card_transaction_last4_time */
    public static final String BY_LAST_FOUR = "select id from card_transaction where card_last4 = :last4"
            + " and terminal_time between :from and :to and merchant_id = :m";
    /** ix_card_transaction_terminal_time */
    public static final String BY_TERMINAL = "select id from card_transaction where terminal_id = :t"
            + " and terminal_time between :nearFrom and :nearTo";
    /** ix_card_transaction_merchant_order */
    public static final String BY_ORDER = "select id from card_transaction where merchant_id = :m"
            + " and order_number = :order";
    /** ix_card_reversal_merchant_amount (V15) */
    public static final String ORPHAN_REVERSALS = "select id from card_reversal where merchant_id = :m"
            + " and amount_minor between :a1 and :a2 and received_at between :r1 and :r2 and original_id is null";
    /** ix_statement_line_tid_rrn */
    public static final String LINE_BY_RRN = "select id from statement_line where tid = :tid and rrn = :rrn";
    /** ix_statement_line_tid_stan */
    public static final String LINE_BY_STAN = "select id from statement_line where tid = :tid and stan = :stan";
    /** ix_statement_line_mid_amount (V15) */
    public static final String LINE_BY_AMOUNT = "select id from statement_line where mid = :mid"
            + " and amount_minor between :a1 and :a2 and transaction_time between :from and :to";

    private CandidateSql() {
    }
}
