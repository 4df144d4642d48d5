-- Reconciliation (issue 7, part B): what matching a statement found, per run and per gap.

-- One matching run of one statement, with the figures the runs page shows. Counts and amounts
-- are per outcome of the statement's lines; missing_at_acquirer counts journal entries.
CREATE TABLE reconciliation_run (
    id                          BIGINT      NOT NULL,
    statement_id                BIGINT      NOT NULL,
    started_at                  DATETIME(3) NOT NULL,
    finished_at                 DATETIME(3) NOT NULL,
    line_count                  INT         NOT NULL,
    matched_count               INT         NOT NULL,
    matched_amount              BIGINT      NOT NULL,
    missing_in_posdesk_count    INT         NOT NULL,
    missing_in_posdesk_amount   BIGINT      NOT NULL,
    missing_at_acquirer_count   INT         NOT NULL,
    missing_at_acquirer_amount  BIGINT      NOT NULL,
    amount_mismatch_count       INT         NOT NULL,
    amount_mismatch_amount      BIGINT      NOT NULL,
    duplicate_count             INT         NOT NULL,
    duplicate_amount            BIGINT      NOT NULL,
    batches_reconciled          INT         NOT NULL,
    batches_discrepant          INT         NOT NULL,
    CONSTRAINT pk_reconciliation_run PRIMARY KEY (id),
    CONSTRAINT fk_reconciliation_run_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    -- The runs page lists newest first by keyset.
    INDEX ix_reconciliation_run_started (started_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE SEQUENCE reconciliation_run_seq START WITH 1 INCREMENT BY 50;

-- Something a person must look at: a statement line that did not match cleanly, or a journal
-- entry no statement line claims (MISSING_AT_ACQUIRER: then statement_line_id is null). A
-- discrepancy is OPEN until resolved with a reason or turned into a case; a batch with an open
-- one stays DISCREPANT. merchant_id is null for a line naming a terminal posdesk does not know:
-- only staff see those.
CREATE TABLE reconciliation_discrepancy (
    id                 BIGINT       NOT NULL,
    statement_id       BIGINT       NOT NULL,
    statement_line_id  BIGINT       NULL,
    transaction_id     BIGINT       NULL,
    outcome            VARCHAR(24)  NOT NULL,
    merchant_id        BIGINT       NULL,
    terminal_id        BIGINT       NULL,
    batch_id           BIGINT       NULL,
    tid                VARCHAR(8)   NULL,
    amount_minor       BIGINT       NOT NULL,
    currency           CHAR(3)      NOT NULL,
    occurred_at        DATETIME(3)  NULL,
    detail             VARCHAR(255) NULL,
    state              VARCHAR(16)  NOT NULL,
    resolution         VARCHAR(255) NULL,
    resolved_by        VARCHAR(64)  NULL,
    resolved_at        DATETIME(3)  NULL,
    case_id            BIGINT       NULL,
    created_at         DATETIME(3)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_reconciliation_discrepancy PRIMARY KEY (id),
    CONSTRAINT fk_discrepancy_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT fk_discrepancy_line FOREIGN KEY (statement_line_id) REFERENCES statement_line (id),
    CONSTRAINT fk_discrepancy_transaction FOREIGN KEY (transaction_id) REFERENCES card_transaction (id),
    CONSTRAINT fk_discrepancy_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_discrepancy_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
    CONSTRAINT fk_discrepancy_case FOREIGN KEY (case_id) REFERENCES missing_order_case (id),
    CONSTRAINT ck_discrepancy_state CHECK (state IN ('OPEN', 'RESOLVED', 'CASE_OPENED')),
    -- Re-running a match never records the same gap twice.
    CONSTRAINT uq_discrepancy_line UNIQUE (statement_line_id),
    CONSTRAINT uq_discrepancy_transaction_outcome UNIQUE (transaction_id, outcome),
    -- The queue: open ones, newest first, for everyone or one merchant.
    INDEX ix_discrepancy_state_created (state, created_at, id),
    INDEX ix_discrepancy_merchant_state_created (merchant_id, state, created_at, id),
    INDEX ix_discrepancy_batch_state (batch_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE SEQUENCE reconciliation_discrepancy_seq START WITH 1 INCREMENT BY 50;

-- "Is this journal entry claimed by a statement line?" is asked for every entry of a window.
CREATE INDEX ix_statement_line_matched ON statement_line (matched_transaction_id);
-- The tolerant pass and the duplicate check look lines up by terminal and trace.
CREATE INDEX ix_statement_line_statement_tid ON statement_line (statement_id, tid);
