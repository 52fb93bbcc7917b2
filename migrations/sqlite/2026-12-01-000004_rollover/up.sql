-- Year rollover and the rest of student movement (R10). The movement book now
-- also holds promotions, repeats and graduations (movements.kind is text, so
-- no change there). A leaving movement (withdrawal, graduation) blocks the
-- student and the parents with no other child at school; these rows say which
-- accounts it blocked, so a re-admission unblocks exactly those and not an
-- account the administration blocked for another reason.
CREATE TABLE movement_blocks (
    school_id TEXT NOT NULL,
    movement_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    -- When the account was unblocked again (re-admission, or by hand); NULL: still blocked by it.
    released_at TIMESTAMP,
    PRIMARY KEY (school_id, movement_id, user_id),
    FOREIGN KEY (school_id, movement_id) REFERENCES movements (school_id, id),
    FOREIGN KEY (school_id, user_id) REFERENCES users (school_id, id)
);
CREATE INDEX movement_blocks_by_user ON movement_blocks (school_id, user_id);
