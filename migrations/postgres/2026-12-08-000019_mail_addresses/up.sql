-- E-mail (R19, R23) for people without a parent profile: staff and students
-- give their own address for letters. A parent's address stays in their
-- profile, kept by the class teacher (parent_profiles.email).
CREATE TABLE mail_addresses (
    school_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    email TEXT NOT NULL,
    PRIMARY KEY (school_id, user_id),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id)
);
