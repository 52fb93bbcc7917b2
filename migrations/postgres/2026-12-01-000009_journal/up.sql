-- The class journal (R13–R18, R30): the school's journal rules, kinds of work
-- with weights, attendance codes, what a lesson records (topic, homework),
-- marks, attendance, finals, the thematic plan (КТП), stored files and the
-- append-only history of every change. As everywhere, every table carries
-- school_id, leads its keys with it and reaches its parents through
-- (school_id, id).

-- One row per school once its rules are changed; defaults apply until then.
CREATE TABLE journal_settings (
    school_id TEXT PRIMARY KEY REFERENCES schools (id),
    -- A lesson is due by this many minutes after midnight, school-local, on
    -- its day (R14: 19:00 = 1140).
    deadline_min INTEGER NOT NULL,
    -- The suggested final rounds up from this fraction, in hundredths
    -- (50: 4.50 → 5; 60: 4.59 → 4, 4.60 → 5).
    round_up_from INTEGER NOT NULL,
    version INTEGER NOT NULL
);

-- Kinds of work (ответ на уроке, контрольная…), each with a weight; the
-- school's local act sets the list. category tells control, laboratory and
-- practical works apart (R16); pair: a dictation gives two marks (3/5).
CREATE TABLE work_kinds (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    -- Weight × 10 (1.5 = 15): portable integers.
    weight_tenths INTEGER NOT NULL,
    -- ordinary | control | laboratory | practical
    category TEXT NOT NULL,
    pair BOOLEAN NOT NULL,
    position INTEGER NOT NULL,
    -- Kept for the marks that use it; not offered for new ones.
    archived BOOLEAN NOT NULL,
    UNIQUE (school_id, id),
    UNIQUE (school_id, name)
);

-- Attendance codes (Н, Б, УП, ОП); no row in attendance means present.
CREATE TABLE attendance_codes (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    -- absent | late (a late student was present)
    kind TEXT NOT NULL,
    -- A valid reason: not reported to parents as unexcused (R19).
    excused BOOLEAN NOT NULL,
    position INTEGER NOT NULL,
    archived BOOLEAN NOT NULL,
    UNIQUE (school_id, id),
    UNIQUE (school_id, code)
);

-- The thematic plan of a teaching assignment: ordered topics with hours.
CREATE TABLE plan_topics (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    assignment_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    hours INTEGER NOT NULL,
    -- ordinary | control | laboratory | practical (R16)
    category TEXT NOT NULL,
    UNIQUE (school_id, id),
    UNIQUE (school_id, assignment_id, position),
    FOREIGN KEY (school_id, assignment_id) REFERENCES teaching_assignments (school_id, id)
);

-- Files kept in the server's file storage (homework attachments, later
-- message attachments); the bytes live under the storage directory by id.
CREATE TABLE stored_files (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, uploaded_by) REFERENCES users (school_id, id)
);

-- What a lesson records, created on its first write.
CREATE TABLE lesson_records (
    school_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    -- NULL until written; a lesson counts as filled once it has a topic (R16).
    topic TEXT,
    -- The lesson's kind of work (a control work's topic is recorded as such).
    work_kind_id TEXT,
    -- The КТП topic the lesson delivers.
    plan_topic_id TEXT,
    homework TEXT,
    -- The homework is due on this date (the next lesson's, unless told).
    homework_due_on DATE,
    note TEXT,
    -- When the topic was first written, and whether after the deadline (R14).
    filled_at TIMESTAMP,
    filled_late BOOLEAN NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (school_id, lesson_id),
    FOREIGN KEY (school_id, lesson_id) REFERENCES lessons (school_id, id),
    FOREIGN KEY (school_id, work_kind_id) REFERENCES work_kinds (school_id, id),
    FOREIGN KEY (school_id, plan_topic_id) REFERENCES plan_topics (school_id, id),
    FOREIGN KEY (school_id, updated_by) REFERENCES users (school_id, id)
);

CREATE TABLE homework_files (
    school_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    PRIMARY KEY (school_id, lesson_id, file_id),
    FOREIGN KEY (school_id, lesson_id) REFERENCES lessons (school_id, id),
    FOREIGN KEY (school_id, file_id) REFERENCES stored_files (school_id, id)
);

-- Current marks; several per student per lesson, ordered by position.
CREATE TABLE marks (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    student_id TEXT NOT NULL,
    -- 5 | 4 | 3 | 2 | 1 | pass | fail | not_assessed | exempt
    value TEXT NOT NULL,
    work_kind_id TEXT NOT NULL,
    comment TEXT,
    position INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL,
    -- Entered after the lesson's deadline (R14).
    late BOOLEAN NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, lesson_id) REFERENCES lessons (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, work_kind_id) REFERENCES work_kinds (school_id, id),
    FOREIGN KEY (school_id, created_by) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, updated_by) REFERENCES users (school_id, id)
);
CREATE INDEX marks_by_lesson ON marks (school_id, lesson_id);
CREATE INDEX marks_by_student ON marks (school_id, student_id);

-- Attendance per lesson per student; no row = present. The teacher's entry
-- and the class teacher's correction of the reason are both kept (R18).
CREATE TABLE attendance (
    school_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    student_id TEXT NOT NULL,
    code_id TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TIMESTAMP NOT NULL,
    late BOOLEAN NOT NULL,
    corrected_code_id TEXT,
    corrected_by TEXT,
    corrected_at TIMESTAMP,
    version INTEGER NOT NULL,
    PRIMARY KEY (school_id, lesson_id, student_id),
    FOREIGN KEY (school_id, lesson_id) REFERENCES lessons (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, code_id) REFERENCES attendance_codes (school_id, id),
    FOREIGN KEY (school_id, corrected_code_id) REFERENCES attendance_codes (school_id, id),
    FOREIGN KEY (school_id, set_by) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, corrected_by) REFERENCES users (school_id, id)
);
CREATE INDEX attendance_by_student ON attendance (school_id, student_id);

-- Final marks (R15). slot: a period's id, or year | exam | final.
CREATE TABLE final_marks (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    year_id TEXT NOT NULL,
    class_id TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    student_id TEXT NOT NULL,
    slot TEXT NOT NULL,
    value TEXT NOT NULL,
    -- Required when the value differs from the suggested final.
    comment TEXT,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL,
    UNIQUE (school_id, id),
    UNIQUE (school_id, year_id, subject_id, student_id, slot),
    FOREIGN KEY (school_id, year_id) REFERENCES academic_years (school_id, id),
    FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, created_by) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, updated_by) REFERENCES users (school_id, id)
);
CREATE INDEX final_marks_by_class ON final_marks (school_id, class_id, subject_id);

-- Append-only: every change to marks, attendance, finals, topics and
-- homework (R30). Never updated or deleted; no foreign keys on the entity, so
-- a deleted mark keeps its history.
CREATE TABLE journal_history (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    at TIMESTAMP NOT NULL,
    actor_id TEXT NOT NULL,
    -- The client's address, from where the change came.
    client_addr TEXT,
    -- mark | attendance | final | lesson
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    -- value | work_kind | comment | code | correction | topic | homework | …
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason TEXT,
    lesson_id TEXT,
    student_id TEXT,
    class_id TEXT,
    subject_id TEXT,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, actor_id) REFERENCES users (school_id, id)
);
CREATE INDEX journal_history_by_lesson ON journal_history (school_id, lesson_id, student_id);
CREATE INDEX journal_history_by_student ON journal_history (school_id, student_id, at);
CREATE INDEX journal_history_by_journal ON journal_history (school_id, class_id, subject_id, at);
