-- The notification centre (R19, R23): one row per recipient and event — a
-- new or changed mark, an absence without a valid reason, a posted final —
-- for the student and each of their parents, written in the same
-- transaction as the journal entry. The text is made when shown, from the
-- kind and the ids, so it follows the reader's language.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    student_id TEXT NOT NULL,
    subject_id TEXT,
    lesson_id TEXT,
    -- The mark's value or the attendance code's letter.
    value TEXT,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES users (school_id, id)
);
CREATE INDEX notifications_by_user ON notifications (school_id, user_id, created_at);
