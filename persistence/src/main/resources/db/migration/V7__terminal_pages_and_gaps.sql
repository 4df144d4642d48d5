-- Terminal pages, the offline-gap and anomaly jobs, and the scheduler's bookkeeping.
-- Same conventions as V1: sequences INCREMENT BY 50, DATETIME(3) UTC instants, version columns.

-- Where an incremental job has got to. A job reads rows after (position_time, position_id) in
-- that order and moves the mark in the same transaction as its work, so a failed run is simply
-- done again. A time and an id rather than an id alone: ids come from pooled sequences (50 per
-- node and round trip), so in a cluster a smaller id can be committed after a larger one.
CREATE TABLE job_watermark (
    name          VARCHAR(64) NOT NULL,
    position_time DATETIME(3) NOT NULL,
    position_id   BIGINT      NOT NULL DEFAULT 0,
    updated_at    DATETIME(3) NOT NULL,
    CONSTRAINT pk_job_watermark PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last run of each scheduled job, on whichever node Quartz fired it: what an administrator
-- (and a test) looks at to know the scheduler is alive.
CREATE TABLE job_run (
    name         VARCHAR(64)   NOT NULL,
    runs         BIGINT        NOT NULL DEFAULT 0,
    failures     BIGINT        NOT NULL DEFAULT 0,
    last_node    VARCHAR(64)   NULL,
    started_at   DATETIME(3)   NULL,
    finished_at  DATETIME(3)   NULL,
    outcome      VARCHAR(16)   NULL,
    detail       VARCHAR(1000) NULL,
    CONSTRAINT pk_job_run PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An offline alert is raised once per gap.
ALTER TABLE offline_gap ADD COLUMN alerted_at DATETIME(3) NULL AFTER offline_transactions;
-- The job looks at open gaps every run; the terminal page lists a terminal's latest gaps.
CREATE INDEX ix_offline_gap_open ON offline_gap (ended_at, terminal_id);
-- Terminals that fell silent since the last run: online_until is the deadline the ingest keeps.
CREATE INDEX ix_terminal_online_until ON terminal (online_until);
-- The terminal list filters by store and pages by TID.
CREATE INDEX ix_terminal_store_tid ON terminal (store_id, tid);
CREATE INDEX ix_terminal_merchant_tid ON terminal (merchant_id, tid);
-- The terminal page's contact timeline, newest first, per terminal.
-- (ix_terminal_contact_terminal_time (terminal_id, occurred_at) serves it.)
-- The terminal page's batches, newest first.
-- (uq_batch_terminal_number (terminal_id, batch_number) serves it.)
-- The terminal page's commands, newest first.
CREATE INDEX ix_terminal_command_terminal_time ON terminal_command (terminal_id, requested_at);

-- Per-merchant anomaly thresholds, edited by the merchant's administrator. A merchant without a
-- row uses the defaults the application states (AnomalyRules.defaults). A null threshold turns
-- its rule off.
CREATE SEQUENCE anomaly_rules_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE anomaly_rules (
    id                    BIGINT      NOT NULL,
    merchant_id           BIGINT      NOT NULL,
    amount_above_minor    BIGINT      NULL,
    night_enabled         BOOLEAN     NOT NULL DEFAULT TRUE,
    night_start           TIME        NOT NULL,
    night_end             TIME        NOT NULL,
    repeat_window_minutes INT         NULL,
    updated_by            VARCHAR(64) NOT NULL,
    updated_at            DATETIME(3) NOT NULL,
    version               BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_anomaly_rules PRIMARY KEY (id),
    CONSTRAINT uq_anomaly_rules_merchant UNIQUE (merchant_id),
    CONSTRAINT fk_anomaly_rules_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_anomaly_rules_amount CHECK (amount_above_minor IS NULL OR amount_above_minor > 0),
    CONSTRAINT ck_anomaly_rules_repeat CHECK (repeat_window_minutes IS NULL OR repeat_window_minutes BETWEEN 1 AND 1440)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Why a journal entry was flagged (card_transaction.anomaly says only that it was). One row per
-- entry and rule, so the job can run again over the same entries without doubling reasons.
CREATE SEQUENCE transaction_anomaly_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE transaction_anomaly (
    id             BIGINT       NOT NULL,
    transaction_id BIGINT       NOT NULL,
    merchant_id    BIGINT       NOT NULL,
    rule_code      VARCHAR(24)  NOT NULL,
    detail         VARCHAR(255) NOT NULL,
    flagged_at     DATETIME(3)  NOT NULL,
    CONSTRAINT pk_transaction_anomaly PRIMARY KEY (id),
    CONSTRAINT uq_transaction_anomaly_rule UNIQUE (transaction_id, rule_code),
    CONSTRAINT fk_transaction_anomaly_transaction FOREIGN KEY (transaction_id) REFERENCES card_transaction (id),
    CONSTRAINT fk_transaction_anomaly_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_transaction_anomaly_rule CHECK (rule_code IN ('AMOUNT_ABOVE', 'NIGHT_TIME', 'REPEATED_CARD')),
    INDEX ix_transaction_anomaly_merchant_time (merchant_id, flagged_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The repeated-card rule looks for the same card (BIN and last four) at the same merchant within
-- minutes of each entry; ix_card_transaction_last4_time (card_last4, terminal_time) serves it.

-- Role has no merchant administrator: a merchant user flagged here administers their merchant's
-- settings (the anomaly thresholds), provided they are not confined to some stores.
ALTER TABLE app_user ADD COLUMN merchant_admin BOOLEAN NOT NULL DEFAULT FALSE AFTER merchant_id;
