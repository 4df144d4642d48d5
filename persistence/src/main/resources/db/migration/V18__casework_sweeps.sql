-- Help desk (issue 6): the casework job reads reversals in arrival order after its watermark,
-- as the other jobs read the journal, to open a case for each one whose original never arrived.
CREATE INDEX ix_card_reversal_received ON card_reversal (received_at, id);

-- The casework job's two watermarks exist from the start (as its first run would create them:
-- a day back), so its first runs on a fresh cluster lock rows instead of racing other jobs'
-- first inserts into the table (an insert deadlock, retried, but noise in the log).
INSERT INTO job_watermark (name, position_time, position_id, updated_at)
VALUES ('cases-journal', utc_timestamp(3) - INTERVAL 1 DAY, 0, utc_timestamp(3)),
       ('cases-reversals', utc_timestamp(3) - INTERVAL 1 DAY, 0, utc_timestamp(3));
