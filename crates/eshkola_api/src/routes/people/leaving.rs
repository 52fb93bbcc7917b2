//! Accounts when a student leaves the school and comes back (R10). Leaving
//! (withdrawal, graduation) blocks the student and each parent with no other
//! child studying at the school, and records which accounts it blocked; a
//! re-admission unblocks exactly those still blocked by a movement.

use chrono::NaiveDateTime;
use eshkola_db::{
    DbConn, QueryError,
    models::MovementBlockRow,
    queries::{class_students, movement_blocks, users},
};

use super::movement::block;

/// Blocks an active account for the movement and remembers it was the movement.
fn block_for(
    conn: &mut DbConn,
    school_id: &str,
    movement_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> Result<(), QueryError> {
    // An account blocked by hand beforehand stays the administration's
    // business: the movement did not block it, so a return will not unblock it.
    if users::get(conn, school_id, user_id)?.active {
        movement_blocks::insert(
            conn,
            &MovementBlockRow {
                school_id: school_id.into(),
                movement_id: movement_id.into(),
                user_id: user_id.into(),
                released_at: None,
            },
        )?;
    }
    block(conn, school_id, user_id, now)
}

/// Blocks a student who left by `movement_id` and each of their parents with
/// no other child studying at the school now. Call it after the student's
/// enrolment (and, in a rollover, every sibling's) has been moved.
pub fn block_family(
    conn: &mut DbConn,
    school_id: &str,
    movement_id: &str,
    student_id: &str,
    now: NaiveDateTime,
) -> Result<(), QueryError> {
    block_for(conn, school_id, movement_id, student_id, now)?;
    for link in users::guardians_of(conn, school_id, student_id)? {
        let others: Vec<String> = users::wards_of(conn, school_id, &link.parent_id)?
            .into_iter()
            .map(|l| l.student_id)
            .filter(|s| s != student_id)
            .collect();
        if class_students::current_for(conn, school_id, &others)?.is_empty() {
            block_for(conn, school_id, movement_id, &link.parent_id, now)?;
        }
    }
    Ok(())
}

/// Unblocks the returning student and their parents wherever a leaving
/// movement (theirs or a sibling's) is what keeps the account blocked.
pub fn unblock_family(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
    now: NaiveDateTime,
) -> Result<(), QueryError> {
    let mut people = vec![student_id.to_owned()];
    people.extend(
        users::guardians_of(conn, school_id, student_id)?
            .into_iter()
            .map(|l| l.parent_id),
    );
    for person in people {
        if movement_blocks::holds(conn, school_id, &person)? {
            users::set_active(conn, school_id, &person, true)?;
            movement_blocks::release(conn, school_id, &person, now)?;
        }
    }
    Ok(())
}
