-- Subgroup membership (R8): which students of a class study in which of its
-- subgroups (languages, informatics, technology). Replaced as a whole list per
-- subgroup; only students enrolled in the subgroup's class are admitted (the
-- API checks it, as enrolment has dates the keys cannot express).
CREATE TABLE subgroup_members (
    school_id TEXT NOT NULL,
    subgroup_id TEXT NOT NULL,
    student_id TEXT NOT NULL,
    PRIMARY KEY (school_id, subgroup_id, student_id),
    FOREIGN KEY (school_id, subgroup_id) REFERENCES subgroups (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES users (school_id, id)
);
CREATE INDEX subgroup_members_by_student ON subgroup_members (school_id, student_id);
