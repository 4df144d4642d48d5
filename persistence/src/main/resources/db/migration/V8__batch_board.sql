-- The batch board and the batch page (issue 4, item 5).
--
-- The board lists batches newest first (opened_at desc, id desc) and pages by keyset on that
-- pair, filtered by state, terminal or the opening date, always within the viewer's merchant
-- (agents and administrators: across merchants). Each filter shape has an index that both
-- narrows and orders, so a page reads its rows and stops, however many batches there are.
-- The merchant + state index also serves the counts per state (the board's cards), so it takes
-- over from V1's ix_batch_merchant_state, which it extends.

CREATE INDEX ix_batch_merchant_state_opened ON batch (merchant_id, state, opened_at, id);
CREATE INDEX ix_batch_merchant_opened ON batch (merchant_id, opened_at, id);
CREATE INDEX ix_batch_terminal_opened ON batch (terminal_id, opened_at, id);
CREATE INDEX ix_batch_state_opened ON batch (state, opened_at, id);
CREATE INDEX ix_batch_opened ON batch (opened_at, id);
DROP INDEX ix_batch_merchant_state ON batch;

-- The batch page shows the progress of the latest re-upload command (361) for the batch.
CREATE INDEX ix_terminal_command_terminal_batch ON terminal_command (terminal_id, batch_number, code, requested_at);
