-- Indexes behind the portal's transaction search (issue 4), for a journal of ten million rows.
--
-- Every search is bounded by a terminal-time window and ordered by terminal_time DESC, id DESC.
-- InnoDB appends the primary key (id) to every secondary index, so an index ending in
-- terminal_time is also ordered by (terminal_time, id): read backwards, it hands out a first page
-- without sorting, and the keyset cursor of the next page is a range on it.
--
-- Already there (V1, V5): (merchant_id, terminal_time, id), (store_id, terminal_time, id),
-- (terminal_id, terminal_time), (card_last4, terminal_time), (merchant_id, order_number), (rrn),
-- (auth_code). Added here for the criteria that had none:

-- The slip's trace number (凭证号). It repeats across terminals and batches, so the time follows.
CREATE INDEX ix_card_transaction_stan_time ON card_transaction (stan, terminal_time);

-- "A payment of 128.00": an exact amount or a narrow range within the merchant.
CREATE INDEX ix_card_transaction_merchant_amount ON card_transaction (merchant_id, amount_minor, terminal_time);

-- Flagged entries are few; without this a search for them walks the merchant's whole window.
CREATE INDEX ix_card_transaction_merchant_anomaly ON card_transaction (merchant_id, anomaly, terminal_time);

-- Staff see every merchant: a search by window alone needs the time to lead.
CREATE INDEX ix_card_transaction_time ON card_transaction (terminal_time);
