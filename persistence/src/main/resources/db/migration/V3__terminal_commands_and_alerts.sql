-- Host-initiated terminal commands, grouped alerts, and reversals.
-- Same conventions as V1: one sequence per table INCREMENT BY 50 (allocationSize = 50), DATETIME(3)
-- server instants in UTC, version columns for optimistic locking, cards as BIN + last four only.

CREATE SEQUENCE terminal_command_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE alert_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE card_reversal_seq START WITH 1 INCREMENT BY 50;

-- A host 0800 waiting for the terminal's next sign-on or heartbeat (PENDING), written after a
-- reply (SENT) and answered by the terminal's 0810 (ACKNOWLEDGED on 39 = 00, REFUSED otherwise).
-- stan is the command's field 11: the command id modulo 1,000,000, so it needs no counter row
-- that every node would have to lock; the answer is matched on (terminal_id, stan, SENT).
CREATE TABLE terminal_command (
    id            BIGINT      NOT NULL,
    terminal_id   BIGINT      NOT NULL,
    tid           CHAR(8)     NOT NULL,
    code          CHAR(3)     NOT NULL,
    batch_number  INT         NULL,
    state         VARCHAR(16) NOT NULL,
    stan          CHAR(6)     NULL,
    requested_by  VARCHAR(64) NOT NULL,
    requested_at  DATETIME(3) NOT NULL,
    sent_at       DATETIME(3) NULL,
    answered_at   DATETIME(3) NULL,
    response_code CHAR(2)     NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_terminal_command PRIMARY KEY (id),
    CONSTRAINT fk_terminal_command_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    CONSTRAINT ck_terminal_command_code CHECK (code IN ('361', '362')),
    CONSTRAINT ck_terminal_command_state CHECK (state IN ('PENDING', 'SENT', 'ACKNOWLEDGED', 'REFUSED')),
    INDEX ix_terminal_command_terminal_state (terminal_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Something a person must look at. Alerts for the same cause are one row whose occurrences grow,
-- so a terminal resending a conflicting advice every minute does not flood the queue.
-- cause_key is VARCHAR(191) so that (kind, cause_key) fits InnoDB's index limit in utf8mb4.
CREATE TABLE alert (
    id              BIGINT        NOT NULL,
    merchant_id     BIGINT        NULL,
    terminal_id     BIGINT        NULL,
    kind            VARCHAR(48)   NOT NULL,
    cause_key       VARCHAR(191)  NOT NULL,
    message         VARCHAR(1000) NOT NULL,
    first_raised_at DATETIME(3)   NOT NULL,
    last_raised_at  DATETIME(3)   NOT NULL,
    occurrences     INT           NOT NULL DEFAULT 1,
    state           VARCHAR(16)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_alert PRIMARY KEY (id),
    CONSTRAINT uq_alert_cause UNIQUE (kind, cause_key),
    CONSTRAINT fk_alert_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_alert_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    CONSTRAINT ck_alert_state CHECK (state IN ('OPEN', 'ACKNOWLEDGED')),
    INDEX ix_alert_state_time (state, last_raised_at),
    INDEX ix_alert_merchant_state (merchant_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reversals (0400) live here, not in card_transaction: a reversal carries the STAN of the entry it
-- reverses (field 11 = the original STAN), so it cannot share card_transaction's natural key
-- UNIQUE (tid, batch_number, stan) with that entry. Keyed on the same triple, taken from field 61,
-- a repeated 0400 is recognised here; original_id stays null until the reversed entry is known
-- (a reversal can overtake its advice in a store-and-forward queue).
CREATE TABLE card_reversal (
    id              BIGINT      NOT NULL,
    merchant_id     BIGINT      NOT NULL,
    terminal_id     BIGINT      NOT NULL,
    tid             CHAR(8)     NOT NULL,
    batch_number    INT         NOT NULL,
    stan            CHAR(6)     NOT NULL,
    reason          CHAR(2)     NOT NULL,
    processing_code CHAR(6)     NOT NULL,
    amount_minor    BIGINT      NOT NULL,
    currency        CHAR(3)     NOT NULL,
    card_bin        VARCHAR(8)  NULL,
    card_last4      CHAR(4)     NULL,
    received_at     DATETIME(3) NOT NULL,
    original_id     BIGINT      NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_card_reversal PRIMARY KEY (id),
    CONSTRAINT uq_card_reversal_natural UNIQUE (tid, batch_number, stan),
    CONSTRAINT fk_card_reversal_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_card_reversal_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    CONSTRAINT fk_card_reversal_original FOREIGN KEY (original_id) REFERENCES card_transaction (id),
    CONSTRAINT ck_card_reversal_amount CHECK (amount_minor >= 0),
    INDEX ix_card_reversal_terminal_batch (terminal_id, batch_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
