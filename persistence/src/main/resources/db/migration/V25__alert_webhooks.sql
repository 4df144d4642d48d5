-- Alerts that reach people (issue 8): webhooks a merchant (or, with no merchant, the operator)
-- configures, and a durable outbox of deliveries written in the transaction that raises an alert.
-- A node claims due deliveries with SELECT ... FOR UPDATE SKIP LOCKED and pushes next_attempt_at
-- out by a lease before it sends (outside any transaction), so no two nodes send the same row and
-- a row a crashed node held becomes due again. DELIVERED and GAVE_UP rows are never claimed again.
CREATE SEQUENCE webhook_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE alert_delivery_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE alert_delivery_attempt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE webhook (
    id          BIGINT         NOT NULL,
    merchant_id BIGINT         NULL,
    url         VARCHAR(1000)  NOT NULL,
    enabled     BOOLEAN        NOT NULL,
    -- comma-separated alert kinds; NULL = every kind
    kinds       VARCHAR(500)   NULL,
    -- the HMAC secret, AES-GCM under the master key, like TOTP secrets and terminal keys
    secret_enc  VARBINARY(128) NOT NULL,
    created_at  DATETIME(3)    NOT NULL,
    created_by  VARCHAR(64)    NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_webhook PRIMARY KEY (id),
    CONSTRAINT fk_webhook_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    -- raising reads the enabled webhooks of one merchant (or of none); the page lists by id
    INDEX ix_webhook_merchant (merchant_id, enabled, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE alert_delivery (
    id              BIGINT        NOT NULL,
    event_id        CHAR(36)      NOT NULL,
    alert_id        BIGINT        NOT NULL,
    webhook_id      BIGINT        NOT NULL,
    -- the JSON body, fixed when the delivery is created, so every retry sends (and signs) the same event
    payload         VARCHAR(4000) NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(3)   NOT NULL,
    next_attempt_at DATETIME(3)   NOT NULL,
    finished_at     DATETIME(3)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_alert_delivery PRIMARY KEY (id),
    CONSTRAINT uq_alert_delivery_event UNIQUE (event_id),
    CONSTRAINT fk_alert_delivery_alert FOREIGN KEY (alert_id) REFERENCES alert (id),
    CONSTRAINT fk_alert_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (id),
    CONSTRAINT ck_alert_delivery_state CHECK (state IN ('PENDING', 'DELIVERED', 'GAVE_UP')),
    -- the claim: due PENDING rows in order
    INDEX ix_alert_delivery_due (state, next_attempt_at),
    INDEX ix_alert_delivery_alert (alert_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE alert_delivery_attempt (
    id           BIGINT        NOT NULL,
    delivery_id  BIGINT        NOT NULL,
    attempted_at DATETIME(3)   NOT NULL,
    node         VARCHAR(128)  NOT NULL,
    http_status  INT           NULL,
    error        VARCHAR(500)  NULL,
    took_millis  BIGINT        NOT NULL,
    next_retry_at DATETIME(3)  NULL,
    CONSTRAINT pk_alert_delivery_attempt PRIMARY KEY (id),
    CONSTRAINT fk_alert_delivery_attempt FOREIGN KEY (delivery_id) REFERENCES alert_delivery (id),
    INDEX ix_alert_delivery_attempt (delivery_id, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A job that keeps failing is alerted on: the run record counts failures in a row.
ALTER TABLE job_run ADD COLUMN consecutive_failures INT NOT NULL DEFAULT 0 AFTER failures;

-- The alerts page pages by keyset (last_raised_at, id): per merchant or over all, with or without
-- a state (the page opens on OPEN) or a kind. (merchant_id, state, ...) replaces (merchant_id, state)
-- and serves the dashboard's open alerts of a merchant too.
CREATE INDEX ix_alert_merchant_time ON alert (merchant_id, last_raised_at, id);
CREATE INDEX ix_alert_merchant_state_time ON alert (merchant_id, state, last_raised_at, id);
DROP INDEX ix_alert_merchant_state ON alert;
-- (state, last_raised_at) without the id could not serve a keyset page of every merchant's open alerts.
CREATE INDEX ix_alert_state_time_id ON alert (state, last_raised_at, id);
DROP INDEX ix_alert_state_time ON alert;
CREATE INDEX ix_alert_time ON alert (last_raised_at, id);
CREATE INDEX ix_alert_kind_time ON alert (kind, last_raised_at, id);

-- Who acknowledged an alert, and when (the audit trail has it too; the page shows it).
ALTER TABLE alert ADD COLUMN acknowledged_at DATETIME(3) NULL AFTER state,
                  ADD COLUMN acknowledged_by VARCHAR(64) NULL AFTER acknowledged_at;
