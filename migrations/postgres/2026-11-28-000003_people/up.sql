-- People (R1, R9, R10, R2–R4, R34): the students' and parents' personal data
-- beside their `users` rows, the movement book, and one-time activation codes.
-- As before, every table carries school_id, leads its keys with it, and reaches
-- its parents through (school_id, id), so nothing can point into another school.

-- A student's data beyond the name: only what the school needs (R34).
CREATE TABLE student_profiles (
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    birth_date DATE NOT NULL,
    -- male | female
    sex TEXT NOT NULL,
    -- When and by whom the data was last confirmed (R9); NULL: never.
    verified_at TIMESTAMP,
    verified_by TEXT,
    PRIMARY KEY (school_id, user_id),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, verified_by) REFERENCES users (school_id, id)
);

-- A parent's (legal representative's) contacts, seen only by the class teacher
-- and the administration.
CREATE TABLE parent_profiles (
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    phone TEXT,
    email TEXT,
    -- Declined electronic access: gets printed reports instead (R22).
    declined_electronic_access BOOLEAN NOT NULL,
    verified_at TIMESTAMP,
    verified_by TEXT,
    PRIMARY KEY (school_id, user_id),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, verified_by) REFERENCES users (school_id, id)
);

-- The last day in the class (transfer or withdrawal); NULL while studying there.
ALTER TABLE class_students ADD COLUMN left_on DATE;

-- Relationships are stored as stable keys now.
UPDATE guardianships SET relationship = 'mother' WHERE relationship = 'мать';
UPDATE guardianships SET relationship = 'father' WHERE relationship = 'отец';
UPDATE guardianships SET relationship = 'other'
    WHERE relationship NOT IN ('mother', 'father', 'guardian', 'trustee');

-- The movement book (R10): admissions, withdrawals, transfers, each with the
-- school's order. Rows are never deleted: a withdrawn student's history stays.
CREATE TABLE movements (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    student_id TEXT NOT NULL,
    -- admission | withdrawal | transfer
    kind TEXT NOT NULL,
    moved_on DATE NOT NULL,
    order_number TEXT NOT NULL,
    order_date DATE NOT NULL,
    from_class_id TEXT,
    to_class_id TEXT,
    reason TEXT,
    -- Where an admitted student came from, where a withdrawn one went.
    origin TEXT,
    destination TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, from_class_id) REFERENCES classes (school_id, id),
    FOREIGN KEY (school_id, to_class_id) REFERENCES classes (school_id, id),
    FOREIGN KEY (school_id, recorded_by) REFERENCES users (school_id, id)
);
CREATE INDEX movements_by_date ON movements (school_id, moved_on);
CREATE INDEX movements_by_student ON movements (school_id, student_id);

-- One-time activation codes (R2, R3): stored as SHA-256, single-use, expiring.
-- Issuing a new code revokes the person's older ones.
CREATE TABLE activation_codes (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    revoked_at TIMESTAMP,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, issued_by) REFERENCES users (school_id, id)
);
CREATE INDEX activation_codes_by_user ON activation_codes (school_id, user_id);
