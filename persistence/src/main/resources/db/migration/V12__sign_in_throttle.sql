-- Failed sign-ins counted per account name and per source address, in the database so that every
-- node sees the same counts (an attacker spreading guesses over the nodes gains nothing).
--
-- subject: 'account:<lower-case user name>' or 'address:<client address>'. Names are counted
-- whether or not such a user exists, so the answers never tell a real name from an unknown one.
-- failures counts within the window that began at window_started_at; not_before is the growing
-- delay (attempts before it are refused unchecked); locked_until is the lockout.
CREATE TABLE sign_in_throttle (
    subject           VARCHAR(160) NOT NULL,
    failures          INT          NOT NULL DEFAULT 0,
    window_started_at DATETIME(3)  NOT NULL,
    not_before        DATETIME(3)  NULL,
    locked_until      DATETIME(3)  NULL,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The purge of stale rows (names an attacker made up) reads by age.
CREATE INDEX ix_sign_in_throttle_window ON sign_in_throttle (window_started_at);
