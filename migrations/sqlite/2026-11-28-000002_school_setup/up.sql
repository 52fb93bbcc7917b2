-- School setup (R8, R12, R15): the school profile, academic years with their
-- period schemes and calendars, classes with subgroups and enrolment, subjects
-- and teaching assignments. As in the foundation, every table carries
-- school_id, leads its keys with it, and reaches its parents through
-- (school_id, id), so nothing here can point into another school.

-- Requisites and settings beside schools (whose row the foundation's callers
-- build), one row per school, absent until first edited.
CREATE TABLE school_profiles (
    school_id TEXT PRIMARY KEY REFERENCES schools (id),
    inn TEXT,
    ogrn TEXT,
    code TEXT,
    address TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    director_id TEXT,
    -- 5 or 6: which weekdays are school days.
    week_days INTEGER NOT NULL,
    FOREIGN KEY (school_id, director_id) REFERENCES users (school_id, id)
);

CREATE TABLE academic_years (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    -- «2026/2027», derived from the dates; unique, so a double submit cannot
    -- create two overlapping years.
    name TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    UNIQUE (school_id, id),
    UNIQUE (school_id, name)
);

-- Quarters, half-years or trimesters per grade range, with the posting window
-- for final marks (R15). Replaced as a whole set; kept ids where a period stays.
CREATE TABLE periods (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    year_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    number INTEGER NOT NULL,
    grade_from INTEGER NOT NULL,
    grade_to INTEGER NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    finals_open_on DATE NOT NULL,
    finals_close_on DATE NOT NULL,
    UNIQUE (school_id, id),
    UNIQUE (school_id, year_id, grade_from, number),
    FOREIGN KEY (school_id, year_id) REFERENCES academic_years (school_id, id)
);

-- Holidays, vacations, days off and working-day transfers, as date ranges.
CREATE TABLE calendar_entries (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    year_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    -- A transfer's replaced school day, which becomes a day off.
    instead_of DATE,
    -- NULL for the whole school; a vacation may apply to some grades only.
    grade_from INTEGER,
    grade_to INTEGER,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, year_id) REFERENCES academic_years (school_id, id)
);
CREATE INDEX calendar_entries_by_year ON calendar_entries (school_id, year_id, starts_on);

CREATE TABLE classes (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    year_id TEXT NOT NULL,
    grade INTEGER NOT NULL,
    -- One Cyrillic capital letter.
    letter TEXT NOT NULL,
    shift INTEGER NOT NULL,
    -- marks | no_marks (R12).
    assessment TEXT NOT NULL,
    class_teacher_id TEXT,
    UNIQUE (school_id, id),
    UNIQUE (school_id, year_id, grade, letter),
    FOREIGN KEY (school_id, year_id) REFERENCES academic_years (school_id, id),
    FOREIGN KEY (school_id, class_teacher_id) REFERENCES users (school_id, id)
);
CREATE INDEX classes_by_class_teacher ON classes (school_id, class_teacher_id);

-- A class split for languages, informatics, technology.
CREATE TABLE subgroups (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    class_id TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (school_id, id),
    -- Lets an assignment require its subgroup to be of its own class.
    UNIQUE (school_id, class_id, id),
    UNIQUE (school_id, class_id, name),
    FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id)
);

-- Who studies in a class, from which date. Movement (R10) builds on it.
CREATE TABLE class_students (
    school_id TEXT NOT NULL,
    class_id TEXT NOT NULL,
    student_id TEXT NOT NULL,
    enrolled_on DATE NOT NULL,
    PRIMARY KEY (school_id, class_id, student_id),
    FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES users (school_id, id)
);
CREATE INDEX class_students_by_student ON class_students (school_id, student_id);

CREATE TABLE subjects (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    UNIQUE (school_id, id),
    UNIQUE (school_id, name)
);

-- The curriculum with its teachers: a subject taught to a class (or one of its
-- subgroups) by a teacher for so many hours a week. It decides who may keep
-- which journal.
CREATE TABLE teaching_assignments (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    class_id TEXT NOT NULL,
    subgroup_id TEXT,
    subject_id TEXT NOT NULL,
    teacher_id TEXT NOT NULL,
    -- Hours × 2: 0.5-hour subjects exist and INTEGER is portable.
    weekly_half_hours INTEGER NOT NULL,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id),
    FOREIGN KEY (school_id, class_id, subgroup_id) REFERENCES subgroups (school_id, class_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id),
    FOREIGN KEY (school_id, teacher_id) REFERENCES users (school_id, id)
);
-- NULLs are distinct in UNIQUE constraints, so the whole-class case needs its own index.
CREATE UNIQUE INDEX teaching_assignments_whole_class
    ON teaching_assignments (school_id, class_id, subject_id, teacher_id)
    WHERE subgroup_id IS NULL;
CREATE UNIQUE INDEX teaching_assignments_per_subgroup
    ON teaching_assignments (school_id, class_id, subgroup_id, subject_id, teacher_id);
CREATE INDEX teaching_assignments_by_teacher ON teaching_assignments (school_id, teacher_id);
