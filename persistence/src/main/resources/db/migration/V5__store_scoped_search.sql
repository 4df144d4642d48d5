-- A merchant user may be confined to some stores; their searches and counts filter on the store
-- and the terminal time, as the merchant-wide ones do on the merchant and the time.
CREATE INDEX ix_card_transaction_store_time ON card_transaction (store_id, terminal_time, id);
