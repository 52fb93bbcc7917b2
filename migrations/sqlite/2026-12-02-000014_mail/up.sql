-- E-mail (R19, R23): every letter is written to the outbox in the same
-- transaction as what it tells, and a worker inside the server delivers
-- it over SMTP, retrying with backoff; a restart loses nothing.
CREATE TABLE mail_outbox (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    to_address TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    -- A worker's claim on the letter while it sends it.
    locked_until TIMESTAMP,
    sent_at TIMESTAMP,
    -- Given up after too many failures.
    failed_at TIMESTAMP,
    last_error TEXT,
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at);

-- Per person and kind of event: whether to send it by e-mail (no row: yes).
CREATE TABLE mail_preferences (
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    email BOOLEAN NOT NULL,
    PRIMARY KEY (school_id, user_id, kind),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id)
);
