-- Help desk (issue 6): the missing-order case queue, its resolutions and SLA, automatic cases.
--
-- resolution_kind names how a case was closed (LINKED, NOT_PAID, REFUNDED, DUPLICATE, REVERSED);
-- `resolution` keeps the person's words. `active` is state <> 'RESOLVED', kept by the entity, so
-- the queue's default view (everything still to work, oldest first) is one index range that both
-- narrows and orders, whichever merchant or assignee it is filtered by; keyset paging runs on
-- (opened_at, id). sla_due_at is fixed when the case opens, from the merchant's tier
-- (case_sla_tier), so "SLA breached" is a plain comparison.
-- opening_key makes automatic openings idempotent: one case per payment, reversal or acquirer
-- line however often a job or a reconciliation run looks at it (NULL for people's reports).
-- auth_code: the approval code printed on the customer's slip, one more exact identifier.
ALTER TABLE missing_order_case
    ADD COLUMN resolution_kind VARCHAR(16) NULL AFTER resolution,
    ADD COLUMN active          BOOLEAN     NOT NULL DEFAULT TRUE AFTER state,
    ADD COLUMN sla_due_at      DATETIME(3) NULL AFTER opened_at,
    ADD COLUMN resolved_at     DATETIME(3) NULL AFTER sla_due_at,
    ADD COLUMN opening_key     VARCHAR(64) NULL,
    ADD COLUMN auth_code       CHAR(6)     NULL AFTER rrn,
    ADD CONSTRAINT uq_missing_order_case_opening_key UNIQUE (opening_key);

UPDATE missing_order_case SET active = (state <> 'RESOLVED');

CREATE INDEX ix_case_active_opened ON missing_order_case (active, opened_at, id);
CREATE INDEX ix_case_merchant_active_opened ON missing_order_case (merchant_id, active, opened_at, id);
CREATE INDEX ix_case_merchant_state_opened ON missing_order_case (merchant_id, state, opened_at, id);
CREATE INDEX ix_case_assignee_active_opened ON missing_order_case (assignee, active, opened_at, id);
CREATE INDEX ix_case_active_sla ON missing_order_case (active, sla_due_at);
CREATE INDEX ix_case_transaction ON missing_order_case (transaction_id);
DROP INDEX ix_missing_order_case_merchant_state ON missing_order_case;

-- How long a case may wait for its resolution, per merchant tier (merchant.tier). A tier with no
-- row takes STANDARD's.
CREATE TABLE case_sla_tier (
    tier           VARCHAR(16) NOT NULL,
    response_hours INT         NOT NULL,
    CONSTRAINT pk_case_sla_tier PRIMARY KEY (tier),
    CONSTRAINT ck_case_sla_tier_hours CHECK (response_hours > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO case_sla_tier (tier, response_hours) VALUES ('PREMIUM', 4), ('STANDARD', 24), ('BASIC', 72);

-- Candidate finder: orphan reversals (no original known) by amount near a time, within a merchant.
CREATE INDEX ix_card_reversal_merchant_amount ON card_reversal (merchant_id, amount_minor, received_at);
-- Candidate finder: acquirer lines by the merchant's MID and amount near a time.
CREATE INDEX ix_statement_line_mid_amount ON statement_line (mid, amount_minor, transaction_time);
