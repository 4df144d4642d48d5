-- Help desk (issue 6): the casework job reads reversals in arrival order after its watermark,
-- as the other jobs read the journal, to open a case for each one whose original never arrived.
CREATE INDEX ix_card_reversal_received ON card_reversal (received_at, id);
