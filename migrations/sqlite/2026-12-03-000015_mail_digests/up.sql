-- The weekly digest (R23): a row per school and week once its letters are
-- queued, written in the same transaction, so a restart neither loses nor
-- repeats a week.
CREATE TABLE mail_digests (
    school_id TEXT NOT NULL REFERENCES schools (id),
    week_from DATE NOT NULL,
    queued_at TIMESTAMP NOT NULL,
    PRIMARY KEY (school_id, week_from)
);
