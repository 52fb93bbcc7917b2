-- The foundation: schools, people, roles, family links, sessions, sign-in throttling.
-- Ids are UUIDv7 strings made in Rust. Times are UTC. Every school-owned table
-- carries school_id, leads its keys with it, and references its parents through
-- (school_id, id) so a row can never point into another school.

CREATE TABLE schools (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    -- Sign-in has no school selector, so a login is unique in the deployment.
    login TEXT NOT NULL UNIQUE,
    -- NULL until the person sets a password (activation).
    password_hash TEXT,
    surname TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT,
    active BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_login_at TIMESTAMP,
    UNIQUE (school_id, id)
);

CREATE TABLE user_roles (
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (school_id, user_id, role),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id)
);

-- Parent (legal representative) ↔ child; several either way (R5).
CREATE TABLE guardianships (
    school_id TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    student_id TEXT NOT NULL,
    relationship TEXT NOT NULL,
    PRIMARY KEY (school_id, parent_id, student_id),
    FOREIGN KEY (school_id, parent_id) REFERENCES users (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES users (school_id, id)
);
CREATE INDEX guardianships_by_student ON guardianships (school_id, student_id);

-- One row per signed-in device: the refresh-token family (R4).
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    ip TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    UNIQUE (school_id, id),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id)
);
CREATE INDEX sessions_by_user ON sessions (school_id, user_id);

-- Refresh tokens are stored as SHA-256 hashes; a used one is kept to detect reuse.
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    school_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    FOREIGN KEY (school_id, session_id) REFERENCES sessions (school_id, id)
);
CREATE INDEX refresh_tokens_by_session ON refresh_tokens (school_id, session_id);

-- Failed sign-ins per login, for the per-account limit. Deployment-level: the
-- login may not exist, so there is no school to attach the row to.
CREATE TABLE login_failures (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_by_login ON login_failures (login, failed_at);
