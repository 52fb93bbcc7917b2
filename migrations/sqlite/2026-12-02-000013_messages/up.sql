-- Messages between staff and families (R20). A thread has its members (at
-- most one of them outside the staff, so families never meet), each with
-- the time they last read it: a message is read by a member whose
-- last_read_at is not before it (read receipts, unread counts).
CREATE TABLE message_threads (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    started_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_message_at TIMESTAMP NOT NULL,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, started_by) REFERENCES users (school_id, id)
);

CREATE TABLE thread_members (
    school_id TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    last_read_at TIMESTAMP,
    PRIMARY KEY (school_id, thread_id, user_id),
    FOREIGN KEY (school_id, thread_id) REFERENCES message_threads (school_id, id),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id)
);
CREATE INDEX thread_members_by_user ON thread_members (school_id, user_id);

CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, thread_id) REFERENCES message_threads (school_id, id),
    FOREIGN KEY (school_id, author_id) REFERENCES users (school_id, id)
);
CREATE INDEX messages_by_thread ON messages (school_id, thread_id, created_at);

-- Attachments: stored files (the same storage as homework's).
CREATE TABLE message_files (
    school_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    PRIMARY KEY (school_id, message_id, file_id),
    FOREIGN KEY (school_id, message_id) REFERENCES messages (school_id, id),
    FOREIGN KEY (school_id, file_id) REFERENCES stored_files (school_id, id)
);
CREATE INDEX message_files_by_file ON message_files (school_id, file_id);
