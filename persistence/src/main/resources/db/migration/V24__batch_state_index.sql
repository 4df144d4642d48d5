-- The metrics endpoint counts batches by state on every scrape: with an index led by state the
-- count is a walk of the index's groups, not of every batch of every merchant.
CREATE INDEX ix_batch_state ON batch (state);
