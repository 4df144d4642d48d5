-- posdesk domain schema for MariaDB 10.11 (InnoDB, utf8mb4).
--
-- Conventions:
--  * Ids come from one sequence per table, INCREMENT BY 50 to match @SequenceGenerator
--    allocationSize = 50: Hibernate's pooled optimizer then hands out 50 ids per round trip and
--    can batch inserts, which AUTO_INCREMENT (identity) columns would prevent.
--  * Money is BIGINT minor units plus a CHAR(3) ISO 4217 currency; never a floating type.
--  * DATETIME(3) holds server instants in UTC (Instant in Java) except card_transaction.terminal_time,
--    which is the terminal's local wall-clock time as printed on the slip (LocalDateTime).
--  * Cards are kept as BIN + last four only. No column may hold a full PAN, track data, CVV or
--    PIN block (PersistenceSchemaTest checks this file for such columns).
--  * version columns serve JPA optimistic locking.

CREATE SEQUENCE merchant_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE store_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE terminal_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE terminal_contact_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE offline_gap_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE batch_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE batch_transition_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE card_transaction_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE merchant_order_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE resubmission_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE missing_order_case_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_transition_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_note_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE statement_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE statement_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE merchant (
    id          BIGINT       NOT NULL,
    mid         CHAR(15)     NOT NULL,
    name        VARCHAR(128) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL DEFAULT 'Asia/Shanghai',
    tier        VARCHAR(16)  NOT NULL DEFAULT 'STANDARD',
    created_at  DATETIME(3)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_merchant PRIMARY KEY (id),
    CONSTRAINT uq_merchant_mid UNIQUE (mid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE store (
    id          BIGINT       NOT NULL,
    merchant_id BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_store PRIMARY KEY (id),
    CONSTRAINT uq_store_merchant_code UNIQUE (merchant_id, code),
    CONSTRAINT fk_store_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- online_until = last_contact_at + 3 x heartbeat_interval_seconds, kept by the entity on every
-- contact so that "how many terminals are online" is a plain indexed comparison.
CREATE TABLE terminal (
    id                         BIGINT         NOT NULL,
    tid                        CHAR(8)        NOT NULL,
    merchant_id                BIGINT         NOT NULL,
    store_id                   BIGINT         NOT NULL,
    serial_number              VARCHAR(64)    NOT NULL,
    model                      VARCHAR(64)    NOT NULL,
    tmk_encrypted              VARBINARY(256) NOT NULL,
    mak_encrypted              VARBINARY(256) NOT NULL,
    mak_pending_encrypted      VARBINARY(256) NULL,
    current_batch_number       INT            NOT NULL DEFAULT 1,
    heartbeat_interval_seconds INT            NOT NULL DEFAULT 60,
    last_contact_at            DATETIME(3)    NULL,
    last_contact_node          VARCHAR(64)    NULL,
    online_until               DATETIME(3)    NULL,
    connected                  BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at                 DATETIME(3)    NOT NULL,
    version                    BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_terminal PRIMARY KEY (id),
    CONSTRAINT uq_terminal_tid UNIQUE (tid),
    CONSTRAINT fk_terminal_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_terminal_store FOREIGN KEY (store_id) REFERENCES store (id),
    INDEX ix_terminal_merchant (merchant_id, connected, online_until),
    INDEX ix_terminal_store (store_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE terminal_contact (
    id          BIGINT      NOT NULL,
    terminal_id BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    occurred_at DATETIME(3) NOT NULL,
    node        VARCHAR(64) NOT NULL,
    CONSTRAINT pk_terminal_contact PRIMARY KEY (id),
    CONSTRAINT fk_terminal_contact_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    CONSTRAINT ck_terminal_contact_kind CHECK (kind IN ('SIGN_ON', 'HEARTBEAT', 'CONNECT', 'DISCONNECT', 'SIGN_OFF')),
    INDEX ix_terminal_contact_terminal_time (terminal_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE offline_gap (
    id                   BIGINT      NOT NULL,
    terminal_id          BIGINT      NOT NULL,
    started_at           DATETIME(3) NOT NULL,
    ended_at             DATETIME(3) NULL,
    offline_transactions INT         NOT NULL DEFAULT 0,
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_offline_gap PRIMARY KEY (id),
    CONSTRAINT fk_offline_gap_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    INDEX ix_offline_gap_terminal_start (terminal_id, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- term_* are the totals the terminal announced in its 0500 (null until then); computed_* are
-- summed from the journal, never typed in. Each set has a domestic and a foreign-card block.
CREATE TABLE batch (
    id                           BIGINT      NOT NULL,
    merchant_id                  BIGINT      NOT NULL,
    terminal_id                  BIGINT      NOT NULL,
    batch_number                 INT         NOT NULL,
    state                        VARCHAR(24) NOT NULL,
    opened_at                    DATETIME(3) NOT NULL,
    settled_at                   DATETIME(3) NULL,
    term_debit_amount            BIGINT      NULL,
    term_debit_count             INT         NULL,
    term_credit_amount           BIGINT      NULL,
    term_credit_count            INT         NULL,
    term_foreign_debit_amount    BIGINT      NULL,
    term_foreign_debit_count     INT         NULL,
    term_foreign_credit_amount   BIGINT      NULL,
    term_foreign_credit_count    INT         NULL,
    computed_debit_amount        BIGINT      NOT NULL DEFAULT 0,
    computed_debit_count         INT         NOT NULL DEFAULT 0,
    computed_credit_amount       BIGINT      NOT NULL DEFAULT 0,
    computed_credit_count        INT         NOT NULL DEFAULT 0,
    computed_foreign_debit_amount  BIGINT    NOT NULL DEFAULT 0,
    computed_foreign_debit_count   INT       NOT NULL DEFAULT 0,
    computed_foreign_credit_amount BIGINT    NOT NULL DEFAULT 0,
    computed_foreign_credit_count  INT       NOT NULL DEFAULT 0,
    currency                     CHAR(3)     NOT NULL,
    announced_count              INT         NULL,
    missing_stans                TEXT        NULL,
    needs_attention              BOOLEAN     NOT NULL DEFAULT FALSE,
    version                      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_batch PRIMARY KEY (id),
    CONSTRAINT uq_batch_terminal_number UNIQUE (terminal_id, batch_number),
    CONSTRAINT fk_batch_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_batch_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    INDEX ix_batch_merchant_state (merchant_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE batch_transition (
    id          BIGINT       NOT NULL,
    batch_id    BIGINT       NOT NULL,
    from_state  VARCHAR(24)  NULL,
    to_state    VARCHAR(24)  NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    cause       VARCHAR(255) NOT NULL,
    actor       VARCHAR(64)  NULL,
    CONSTRAINT pk_batch_transition PRIMARY KEY (id),
    CONSTRAINT fk_batch_transition_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
    INDEX ix_batch_transition_batch_time (batch_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The journal. (tid, batch_number, stan) is the natural key every terminal message is made
-- idempotent on; tid is denormalised next to terminal_id for exactly that reason.
CREATE TABLE card_transaction (
    id                  BIGINT      NOT NULL,
    merchant_id         BIGINT      NOT NULL,
    store_id            BIGINT      NOT NULL,
    terminal_id         BIGINT      NOT NULL,
    tid                 CHAR(8)     NOT NULL,
    batch_number        INT         NOT NULL,
    stan                CHAR(6)     NOT NULL,
    rrn                 CHAR(12)    NULL,
    auth_code           CHAR(6)     NULL,
    type                VARCHAR(24) NOT NULL,
    status              VARCHAR(16) NOT NULL,
    processing_code     CHAR(6)     NOT NULL,
    amount_minor        BIGINT      NOT NULL,
    currency            CHAR(3)     NOT NULL,
    card_bin            VARCHAR(8)  NULL,
    card_last4          CHAR(4)     NULL,
    card_brand          VARCHAR(8)  NULL,
    entry_mode          VARCHAR(4)  NOT NULL,
    terminal_time       DATETIME(3) NOT NULL,
    received_at         DATETIME(3) NOT NULL,
    response_code       CHAR(2)     NOT NULL,
    origin              VARCHAR(16) NOT NULL,
    confirmed_by_upload BOOLEAN     NOT NULL DEFAULT FALSE,
    order_number        VARCHAR(32) NULL,
    original_id         BIGINT      NULL,
    anomaly             BOOLEAN     NOT NULL DEFAULT FALSE,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_card_transaction PRIMARY KEY (id),
    CONSTRAINT uq_card_transaction_natural UNIQUE (tid, batch_number, stan),
    CONSTRAINT fk_card_transaction_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_card_transaction_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_card_transaction_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    CONSTRAINT fk_card_transaction_original FOREIGN KEY (original_id) REFERENCES card_transaction (id),
    CONSTRAINT ck_card_transaction_amount CHECK (amount_minor >= 0),
    INDEX ix_card_transaction_merchant_time (merchant_id, terminal_time, id),
    INDEX ix_card_transaction_rrn (rrn),
    INDEX ix_card_transaction_auth_code (auth_code),
    INDEX ix_card_transaction_last4_time (card_last4, terminal_time),
    INDEX ix_card_transaction_merchant_order (merchant_id, order_number),
    INDEX ix_card_transaction_terminal_time (terminal_id, terminal_time),
    INDEX ix_card_transaction_terminal_batch (terminal_id, batch_number),
    INDEX ix_card_transaction_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE merchant_order (
    id           BIGINT      NOT NULL,
    merchant_id  BIGINT      NOT NULL,
    store_id     BIGINT      NULL,
    order_number VARCHAR(32) NOT NULL,
    amount_minor BIGINT      NOT NULL,
    currency     CHAR(3)     NOT NULL,
    status       VARCHAR(24) NOT NULL,
    source       VARCHAR(16) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_merchant_order PRIMARY KEY (id),
    CONSTRAINT uq_merchant_order_number UNIQUE (merchant_id, order_number),
    CONSTRAINT fk_merchant_order_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_merchant_order_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE resubmission (
    id              BIGINT        NOT NULL,
    batch_id        BIGINT        NOT NULL,
    requested_by    VARCHAR(64)   NOT NULL,
    requested_at    DATETIME(3)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NULL,
    last_error      VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_resubmission PRIMARY KEY (id),
    CONSTRAINT fk_resubmission_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
    INDEX ix_resubmission_state_next (state, next_attempt_at),
    INDEX ix_resubmission_batch (batch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE missing_order_case (
    id                   BIGINT       NOT NULL,
    merchant_id          BIGINT       NOT NULL,
    store_id             BIGINT       NULL,
    terminal_id          BIGINT       NULL,
    order_number         VARCHAR(32)  NULL,
    transaction_id       BIGINT       NULL,
    claimed_amount_minor BIGINT       NULL,
    currency             CHAR(3)      NULL,
    claimed_time         DATETIME(3)  NULL,
    card_last4           CHAR(4)      NULL,
    stan                 CHAR(6)      NULL,
    rrn                  CHAR(12)     NULL,
    state                VARCHAR(16)  NOT NULL,
    resolution           VARCHAR(255) NULL,
    source               VARCHAR(32)  NOT NULL,
    opened_by            VARCHAR(64)  NOT NULL,
    opened_at            DATETIME(3)  NOT NULL,
    assignee             VARCHAR(64)  NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_missing_order_case PRIMARY KEY (id),
    CONSTRAINT fk_missing_order_case_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_missing_order_case_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_missing_order_case_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    CONSTRAINT fk_missing_order_case_transaction FOREIGN KEY (transaction_id) REFERENCES card_transaction (id),
    INDEX ix_missing_order_case_state_opened (state, opened_at),
    INDEX ix_missing_order_case_merchant_state (merchant_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_transition (
    id          BIGINT       NOT NULL,
    case_id     BIGINT       NOT NULL,
    from_state  VARCHAR(16)  NULL,
    to_state    VARCHAR(16)  NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    reason      VARCHAR(255) NOT NULL,
    CONSTRAINT pk_case_transition PRIMARY KEY (id),
    CONSTRAINT fk_case_transition_case FOREIGN KEY (case_id) REFERENCES missing_order_case (id),
    INDEX ix_case_transition_case_time (case_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_note (
    id         BIGINT      NOT NULL,
    case_id    BIGINT      NOT NULL,
    author     VARCHAR(64) NOT NULL,
    written_at DATETIME(3) NOT NULL,
    internal   BOOLEAN     NOT NULL DEFAULT FALSE,
    body       TEXT        NOT NULL,
    CONSTRAINT pk_case_note PRIMARY KEY (id),
    CONSTRAINT fk_case_note_case FOREIGN KEY (case_id) REFERENCES missing_order_case (id),
    INDEX ix_case_note_case_time (case_id, written_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE statement (
    id            BIGINT       NOT NULL,
    acquirer      VARCHAR(32)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    clearing_date DATE         NOT NULL,
    imported_at   DATETIME(3)  NOT NULL,
    line_count    INT          NOT NULL DEFAULT 0,
    state         VARCHAR(16)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_statement PRIMARY KEY (id),
    CONSTRAINT uq_statement_content_hash UNIQUE (content_hash),
    INDEX ix_statement_clearing (clearing_date, acquirer)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Acquirer data is kept as the acquirer wrote it (QR lines carry alphanumeric MIDs and no auth
-- code), so these columns are looser than the journal's.
CREATE TABLE statement_line (
    id                     BIGINT      NOT NULL,
    statement_id           BIGINT      NOT NULL,
    line_number            INT         NOT NULL,
    tid                    VARCHAR(8)  NULL,
    mid                    VARCHAR(15) NULL,
    rrn                    VARCHAR(12) NULL,
    stan                   VARCHAR(6)  NULL,
    batch_number           INT         NULL,
    type                   VARCHAR(24) NOT NULL,
    amount_minor           BIGINT      NOT NULL,
    fee_minor              BIGINT      NULL,
    net_minor              BIGINT      NULL,
    currency               CHAR(3)     NOT NULL,
    card_bin               VARCHAR(8)  NULL,
    card_last4             CHAR(4)     NULL,
    auth_code              VARCHAR(6)  NULL,
    transaction_time       DATETIME(3) NULL,
    match_outcome          VARCHAR(24) NULL,
    matched_transaction_id BIGINT      NULL,
    CONSTRAINT pk_statement_line PRIMARY KEY (id),
    CONSTRAINT uq_statement_line_number UNIQUE (statement_id, line_number),
    CONSTRAINT fk_statement_line_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT fk_statement_line_transaction FOREIGN KEY (matched_transaction_id) REFERENCES card_transaction (id),
    INDEX ix_statement_line_tid_rrn (tid, rrn)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only, hash-chained. chain_position is unique so two writers that read the same chain
-- head cannot both append after it: one insert fails and its transaction retries.
CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL,
    chain_position BIGINT        NOT NULL,
    occurred_at    DATETIME(3)   NOT NULL,
    username       VARCHAR(64)   NULL,
    event          VARCHAR(64)   NOT NULL,
    outcome        VARCHAR(16)   NOT NULL,
    origin         VARCHAR(64)   NULL,
    target_type    VARCHAR(64)   NULL,
    target_id      VARCHAR(64)   NULL,
    detail         VARCHAR(1000) NULL,
    prev_hash      CHAR(64)      NULL,
    hash           CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT uq_audit_entry_position UNIQUE (chain_position),
    INDEX ix_audit_entry_time (occurred_at),
    INDEX ix_audit_entry_user_time (username, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                   BIGINT       NOT NULL,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(128) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    role                 VARCHAR(16)  NOT NULL,
    merchant_id          BIGINT       NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(3)  NULL,
    password_changed_at  DATETIME(3)  NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           DATETIME(3)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('MERCHANT', 'AGENT', 'ADMIN')),
    -- a merchant user always belongs to a merchant; staff never do
    CONSTRAINT ck_app_user_merchant CHECK ((role = 'MERCHANT') = (merchant_id IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Restricts a merchant user to some stores; no rows means every store of the merchant.
CREATE TABLE app_user_store (
    user_id  BIGINT NOT NULL,
    store_id BIGINT NOT NULL,
    CONSTRAINT pk_app_user_store PRIMARY KEY (user_id, store_id),
    CONSTRAINT fk_app_user_store_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_app_user_store_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
