-- What reconciliation needs from a statement line beyond its identity: the original a void,
-- refund or reversal points at (statements.md gotcha 7: link by reference, never by equal
-- amount), the order number QR and merchant CSV lines carry, and the raw debit/credit letter
-- whose meaning belongs to the acquirer's profile (gotcha 2).
ALTER TABLE statement_line
    ADD COLUMN original_stan  VARCHAR(6)  NULL,
    ADD COLUMN original_rrn   VARCHAR(12) NULL,
    ADD COLUMN original_time  DATETIME(3) NULL,
    ADD COLUMN order_number   VARCHAR(64) NULL,
    ADD COLUMN debit_credit   CHAR(1)     NULL,
    ADD INDEX ix_statement_line_tid_stan (tid, stan),
    ADD INDEX ix_statement_line_outcome (statement_id, match_outcome);
