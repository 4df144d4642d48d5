-- Statement import (issue 7, part A). A statement row exists only for an imported file; every
-- attempt, refused ones included, is a statement_import row, so a file refused for a profile
-- mistake can be imported again once the profile is fixed (its hash is not taken), and any
-- node's page can show the progress of an import running on another node.
ALTER TABLE statement
    ADD COLUMN institution VARCHAR(32) NULL,
    ADD COLUMN file_type   VARCHAR(16) NULL,
    ADD INDEX ix_statement_imported (imported_at, id);

CREATE SEQUENCE statement_import_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE statement_import (
    id              BIGINT       NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    profile         VARCHAR(32)  NOT NULL,
    bad_line_policy VARCHAR(16)  NOT NULL,
    source          VARCHAR(16)  NOT NULL,
    started_by      VARCHAR(64)  NOT NULL,
    started_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    finished_at     DATETIME(3)  NULL,
    state           VARCHAR(16)  NOT NULL,
    content_hash    CHAR(64)     NULL,
    size_bytes      BIGINT       NOT NULL,
    bytes_read      BIGINT       NOT NULL DEFAULT 0,
    lines_read      INT          NOT NULL DEFAULT 0,
    lines_imported  INT          NOT NULL DEFAULT 0,
    bad_lines       INT          NOT NULL DEFAULT 0,
    message         VARCHAR(500) NULL,
    statement_id    BIGINT       NULL,
    CONSTRAINT pk_statement_import PRIMARY KEY (id),
    INDEX ix_statement_import_started (started_at, id),
    INDEX ix_statement_import_state (state, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The bad-line report: line number, field and reason, never the line's content (it may hold a
-- full card number). Capped per import; statement_import.bad_lines has the full count.
CREATE TABLE statement_import_problem (
    import_id   BIGINT       NOT NULL,
    line_number INT          NOT NULL,
    field       VARCHAR(80)  NULL,
    reason      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_statement_import_problem PRIMARY KEY (import_id, line_number),
    CONSTRAINT fk_statement_import_problem FOREIGN KEY (import_id) REFERENCES statement_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
