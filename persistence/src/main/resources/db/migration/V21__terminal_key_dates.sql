-- When the MAC key in use was activated and since when a new one waits for the terminal's next
-- sign-on: the terminal page shows both to administrators (never the keys), and sign-on stages a
-- new key when the one in use is older than the configured age. NULL activation = since the
-- terminal was registered.
ALTER TABLE terminal
    ADD COLUMN mak_activated_at   DATETIME(3) NULL,
    ADD COLUMN mak_pending_since  DATETIME(3) NULL;
