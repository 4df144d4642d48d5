-- Every change of a discrepancy's state, with who and why (the queue shows the last; the
-- history stays). Append-only, written by the Discrepancy entity.
CREATE TABLE discrepancy_transition (
    id              BIGINT       NOT NULL,
    discrepancy_id  BIGINT       NOT NULL,
    from_state      VARCHAR(16)  NULL,
    to_state        VARCHAR(16)  NOT NULL,
    occurred_at     DATETIME(3)  NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    reason          VARCHAR(255) NOT NULL,
    CONSTRAINT pk_discrepancy_transition PRIMARY KEY (id),
    CONSTRAINT fk_discrepancy_transition_discrepancy FOREIGN KEY (discrepancy_id)
        REFERENCES reconciliation_discrepancy (id),
    INDEX ix_discrepancy_transition_discrepancy (discrepancy_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE SEQUENCE discrepancy_transition_seq START WITH 1 INCREMENT BY 50;
