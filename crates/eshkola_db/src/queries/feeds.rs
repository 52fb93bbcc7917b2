//! Personal iCalendar feeds behind secret URLs (only the SHA-256 is kept).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::{DbConn, models::CalendarFeedRow, schema::calendar_feeds as cf};

pub fn insert(conn: &mut DbConn, feed: &CalendarFeedRow) -> QueryResult<()> {
    diesel::insert_into(cf::table)
        .values(feed)
        .execute(conn)
        .map(drop)
}

/// Revokes every open feed of a user; returns how many.
pub fn revoke_for_user(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        cf::table
            .filter(cf::school_id.eq(school_id).and(cf::user_id.eq(user_id)))
            .filter(cf::revoked_at.is_null()),
    )
    .set(cf::revoked_at.eq(at))
    .execute(conn)
}

/// The open feed with this hash. Deployment-level lookup: the secret URL
/// carries no school.
pub fn find_open(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<CalendarFeedRow>> {
    cf::table
        .filter(cf::token_hash.eq(token_hash).and(cf::revoked_at.is_null()))
        .select(CalendarFeedRow::as_select())
        .first(conn)
        .optional()
}
