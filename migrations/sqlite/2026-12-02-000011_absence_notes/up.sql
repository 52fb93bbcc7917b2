-- Absence notes (R18, R23): a parent tells the school beforehand that the
-- child will miss school, from one day to another, and why. Withdrawn notes
-- are kept (withdrawn_at), since an attendance entry may have taken its
-- reason from them.
CREATE TABLE absence_notes (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    student_id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    from_on DATE NOT NULL,
    to_on DATE NOT NULL,
    reason TEXT NOT NULL,
    comment TEXT,
    created_at TIMESTAMP NOT NULL,
    withdrawn_at TIMESTAMP,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, author_id) REFERENCES users (school_id, id)
);
CREATE INDEX absence_notes_by_student ON absence_notes (school_id, student_id, from_on);
