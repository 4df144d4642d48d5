-- Database backups (issue 8): one row per backup file, whether it was verified by restoring it into
-- a scratch database, and a history row per state change. A backup is shown as good only in state
-- VERIFIED; RUNNING, DUMPED and VERIFYING are "not verified (yet)", FAILED carries its reason.
-- figures holds, per table, the row count and order-independent row checksum taken from the dump
-- stream itself (the snapshot the file holds), one "table<TAB>rows<TAB>checksum" line per table.
CREATE SEQUENCE backup_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE backup_transition_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE backup (
    id            BIGINT        NOT NULL,
    file_name     VARCHAR(128)  NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    requested_by  VARCHAR(64)   NULL,
    node          VARCHAR(128)  NOT NULL,
    started_at    DATETIME(3)   NOT NULL,
    dumped_at     DATETIME(3)   NULL,
    finished_at   DATETIME(3)   NULL,
    size_bytes    BIGINT        NULL,
    dump_millis   BIGINT        NULL,
    verify_millis BIGINT        NULL,
    table_count   INT           NULL,
    row_count     BIGINT        NULL,
    figures       MEDIUMTEXT    NULL,
    reason        VARCHAR(1000) NULL,
    removed_at    DATETIME(3)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_backup PRIMARY KEY (id),
    CONSTRAINT uq_backup_file UNIQUE (file_name),
    CONSTRAINT ck_backup_state CHECK (state IN ('RUNNING', 'DUMPED', 'VERIFYING', 'VERIFIED', 'FAILED')),
    -- The page lists newest first by keyset (started_at, id); retention reads the kept files.
    INDEX ix_backup_started (started_at, id),
    INDEX ix_backup_state (state, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE backup_transition (
    id          BIGINT        NOT NULL,
    backup_id   BIGINT        NOT NULL,
    from_state  VARCHAR(16)   NULL,
    to_state    VARCHAR(16)   NOT NULL,
    occurred_at DATETIME(3)   NOT NULL,
    cause       VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_backup_transition PRIMARY KEY (id),
    CONSTRAINT fk_backup_transition_backup FOREIGN KEY (backup_id) REFERENCES backup (id),
    INDEX ix_backup_transition_backup (backup_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
