-- The timetable (R25): rooms, bell schedules, timetable versions with their
-- weekly entries, changes on dates and the dated lessons generated from them
-- (the columns of the journal). As everywhere, every table carries school_id,
-- leads its keys with it and reaches its parents through (school_id, id).

CREATE TABLE rooms (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    name TEXT NOT NULL,
    -- Seats; NULL when not recorded.
    capacity INTEGER,
    UNIQUE (school_id, id),
    UNIQUE (school_id, name)
);

-- Lesson times for one shift on some weekdays, from a date on.
CREATE TABLE bell_schedules (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    shift INTEGER NOT NULL,
    -- Bit 0 = Monday … bit 5 = Saturday.
    weekdays INTEGER NOT NULL,
    valid_from DATE NOT NULL,
    UNIQUE (school_id, id)
);

CREATE TABLE bells (
    school_id TEXT NOT NULL,
    schedule_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    -- Minutes after midnight, school-local time.
    starts_min INTEGER NOT NULL,
    ends_min INTEGER NOT NULL,
    PRIMARY KEY (school_id, schedule_id, number),
    FOREIGN KEY (school_id, schedule_id) REFERENCES bell_schedules (school_id, id)
);

-- A version of the whole school's weekly timetable, in force from valid_from
-- until the next version of the year starts.
CREATE TABLE timetable_versions (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    year_id TEXT NOT NULL,
    valid_from DATE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (school_id, id),
    UNIQUE (school_id, year_id, valid_from),
    FOREIGN KEY (school_id, year_id) REFERENCES academic_years (school_id, id)
);

-- One cell of a class's week: weekday × lesson number → subject, teachers,
-- room, subgroup; weeks = every | odd | even.
CREATE TABLE timetable_entries (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    version_id TEXT NOT NULL,
    class_id TEXT NOT NULL,
    subgroup_id TEXT,
    subject_id TEXT NOT NULL,
    teacher_id TEXT NOT NULL,
    co_teacher_id TEXT,
    room_id TEXT,
    weekday INTEGER NOT NULL,
    lesson INTEGER NOT NULL,
    weeks TEXT NOT NULL,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, version_id) REFERENCES timetable_versions (school_id, id),
    FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id),
    FOREIGN KEY (school_id, class_id, subgroup_id) REFERENCES subgroups (school_id, class_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id),
    FOREIGN KEY (school_id, teacher_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, co_teacher_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, room_id) REFERENCES rooms (school_id, id)
);
CREATE INDEX timetable_entries_by_class ON timetable_entries (school_id, version_id, class_id);

-- A change on a date: substitution | cancellation | move | room_change | extra.
-- It names the lesson it changes by date, lesson number and class/subgroup.
CREATE TABLE timetable_changes (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    year_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    on_date DATE NOT NULL,
    lesson INTEGER NOT NULL,
    class_id TEXT NOT NULL,
    subgroup_id TEXT,
    -- The substitute (substitution) or the teacher of an extra lesson.
    teacher_id TEXT,
    -- The new room (room_change) or an extra lesson's room.
    room_id TEXT,
    -- An extra lesson's subject.
    subject_id TEXT,
    -- Where a moved lesson goes.
    to_date DATE,
    to_lesson INTEGER,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, year_id) REFERENCES academic_years (school_id, id),
    FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id),
    FOREIGN KEY (school_id, class_id, subgroup_id) REFERENCES subgroups (school_id, class_id, id),
    FOREIGN KEY (school_id, teacher_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, room_id) REFERENCES rooms (school_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id),
    FOREIGN KEY (school_id, created_by) REFERENCES users (school_id, id)
);
CREATE INDEX timetable_changes_by_date ON timetable_changes (school_id, year_id, on_date);

-- Concrete lessons on dates, generated from the versions, the calendar and
-- the changes. lesson_key identifies a lesson across regenerations (class,
-- subgroup, subject, planned date, ordinal; or the extra lesson's change).
-- holds_data is set by the journal once it records anything for the lesson;
-- such a lesson is never deleted by regeneration, only marked detached.
CREATE TABLE lessons (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    year_id TEXT NOT NULL,
    lesson_key TEXT NOT NULL,
    planned_on DATE NOT NULL,
    held_on DATE NOT NULL,
    lesson INTEGER NOT NULL,
    class_id TEXT NOT NULL,
    subgroup_id TEXT,
    subject_id TEXT NOT NULL,
    teacher_id TEXT NOT NULL,
    co_teacher_id TEXT,
    room_id TEXT,
    cancelled BOOLEAN NOT NULL,
    -- The entry it was generated from (entries are replaced, so no key).
    entry_id TEXT,
    -- The kinds of changes on dates applied, comma-separated ('' for none).
    changes TEXT NOT NULL,
    holds_data BOOLEAN NOT NULL DEFAULT FALSE,
    detached BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (school_id, id),
    UNIQUE (school_id, lesson_key),
    FOREIGN KEY (school_id, year_id) REFERENCES academic_years (school_id, id),
    FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id),
    FOREIGN KEY (school_id, class_id, subgroup_id) REFERENCES subgroups (school_id, class_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id),
    FOREIGN KEY (school_id, teacher_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, co_teacher_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, room_id) REFERENCES rooms (school_id, id)
);
CREATE INDEX lessons_by_class ON lessons (school_id, class_id, held_on);
CREATE INDEX lessons_by_teacher ON lessons (school_id, teacher_id, held_on);
CREATE INDEX lessons_by_room ON lessons (school_id, room_id, held_on);
CREATE INDEX lessons_by_plan ON lessons (school_id, year_id, planned_on);

-- A personal iCalendar feed behind a secret URL; the SHA-256 of the secret
-- is kept. Looked up by the hash before the school is known (a
-- deployment-level exception, like refresh tokens).
CREATE TABLE calendar_feeds (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id)
);
CREATE INDEX calendar_feeds_by_user ON calendar_feeds (school_id, user_id);
