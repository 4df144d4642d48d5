-- The audit trail (issue 5, point 3).
--
-- 1. One row naming the end of the chain. An append locks it (SELECT ... FOR UPDATE) in the
--    caller's transaction, so concurrent appends queue for the next position instead of racing for
--    it and failing on uq_audit_entry_position. The row also lets the verifier notice entries cut
--    off the end of the chain, which no link between the remaining entries would show.
CREATE TABLE audit_chain_head (
    id             TINYINT  NOT NULL,
    chain_position BIGINT   NOT NULL,
    hash           CHAR(64) NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, chain_position, hash)
SELECT 1, COALESCE(MAX(chain_position), 0),
       (SELECT hash FROM audit_entry ORDER BY chain_position DESC LIMIT 1)
FROM audit_entry;

-- 2. Entries are written once. The database refuses to change or remove one, whatever the client.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: an entry cannot be changed';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: an entry cannot be deleted';

-- 3. The audit page filters by event, outcome and target within a time range and pages by
--    (occurred_at desc, id desc); InnoDB appends the primary key to every secondary index.
CREATE INDEX ix_audit_entry_event_time ON audit_entry (event, occurred_at);
CREATE INDEX ix_audit_entry_target_time ON audit_entry (target_type, target_id, occurred_at);
CREATE INDEX ix_audit_entry_outcome_time ON audit_entry (outcome, occurred_at);
