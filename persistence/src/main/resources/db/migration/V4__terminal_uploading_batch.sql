-- The batch a terminal is uploading (its 0320s moved the batch to UPLOADING and no upload end has
-- closed it yet), so that a disconnect marks that batch UPLOAD_INCOMPLETE with one lookup by
-- (terminal_id, batch_number). The terminal's current batch is not enough: a 361 re-upload
-- fetches an older batch, and a terminal moves to its next batch after an incomplete upload end.
ALTER TABLE terminal ADD COLUMN uploading_batch_number INT NULL AFTER connected;
