//! Accounts blocked by a leaving movement (R10), so that a re-admission
//! unblocks exactly the accounts the withdrawal or graduation blocked.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::{DbConn, models::MovementBlockRow, schema::movement_blocks as mb};

pub fn insert(conn: &mut DbConn, block: &MovementBlockRow) -> QueryResult<()> {
    diesel::insert_into(mb::table)
        .values(block)
        .execute(conn)
        .map(drop)
}

/// Whether a movement still holds this account blocked.
pub fn holds(conn: &mut DbConn, school_id: &str, user_id: &str) -> QueryResult<bool> {
    let open: i64 = mb::table
        .filter(mb::school_id.eq(school_id).and(mb::user_id.eq(user_id)))
        .filter(mb::released_at.is_null())
        .count()
        .get_result(conn)?;
    Ok(open > 0)
}

/// Marks every block of this account released (it is active again).
pub fn release(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        mb::table
            .filter(mb::school_id.eq(school_id).and(mb::user_id.eq(user_id)))
            .filter(mb::released_at.is_null()),
    )
    .set(mb::released_at.eq(now))
    .execute(conn)
}
