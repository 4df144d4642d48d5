-- TOTP second factor (issue 5): one row per user who began enrolment, beside app_user so that the
-- password rules and the second factor change independently. Secrets are AES-GCM ciphertext under
-- the configured master key (12-byte IV + 20-byte secret + 16-byte tag), never plain.
CREATE TABLE user_second_factor (
    user_id                  BIGINT        NOT NULL,
    secret_encrypted         VARBINARY(128) NULL,
    pending_secret_encrypted VARBINARY(128) NULL,
    -- The RFC 6238 time step of the last accepted code: a code of that step or earlier is refused.
    last_used_step           BIGINT        NOT NULL DEFAULT 0,
    enrolled_at              DATETIME(3)   NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_user_second_factor PRIMARY KEY (user_id),
    CONSTRAINT fk_user_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Recovery codes, PBKDF2-hashed like passwords; shown in the clear once, at enrolment.
CREATE TABLE user_recovery_code (
    user_id   BIGINT       NOT NULL,
    code_index INT         NOT NULL,
    code_hash VARCHAR(255) NOT NULL,
    used_at   DATETIME(3)  NULL,
    CONSTRAINT pk_user_recovery_code PRIMARY KEY (user_id, code_index),
    CONSTRAINT fk_user_recovery_code_factor FOREIGN KEY (user_id) REFERENCES user_second_factor (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
