-- School and class announcements and events (R21): who wrote it, the text,
-- the event's dates (none for plain news), and whom it is for — staff,
-- students, parents; all, a range of grades, or the classes listed in
-- announcement_classes.
CREATE TABLE announcements (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    event_on DATE,
    event_until DATE,
    for_staff BOOLEAN NOT NULL,
    for_students BOOLEAN NOT NULL,
    for_parents BOOLEAN NOT NULL,
    grade_from INTEGER,
    grade_to INTEGER,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, author_id) REFERENCES users (school_id, id)
);
CREATE INDEX announcements_by_school ON announcements (school_id, created_at);

CREATE TABLE announcement_classes (
    school_id TEXT NOT NULL,
    announcement_id TEXT NOT NULL,
    class_id TEXT NOT NULL,
    PRIMARY KEY (school_id, announcement_id, class_id),
    FOREIGN KEY (school_id, announcement_id) REFERENCES announcements (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id)
);
