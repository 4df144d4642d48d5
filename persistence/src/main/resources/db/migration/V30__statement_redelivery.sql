-- A re-delivered statement (same acquirer profile, institution, file type and clearing date, the
-- same terminals, different content) replaces the earlier one instead of adding to it
-- (statements.md, gotcha 6). The earlier one stays, SUPERSEDED, pointing at its replacement, so
-- what was imported when remains on record.
ALTER TABLE statement
    ADD COLUMN superseded_by BIGINT NULL,
    ADD CONSTRAINT fk_statement_superseded_by FOREIGN KEY (superseded_by) REFERENCES statement (id);
