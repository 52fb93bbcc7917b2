//! One-time activation codes (R2, R3), stored as hashes: issued by staff,
//! redeemed once by their person to set a password.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::{DbConn, models::ActivationCodeRow, schema::activation_codes as ac};

pub fn insert(conn: &mut DbConn, code: &ActivationCodeRow) -> QueryResult<()> {
    diesel::insert_into(ac::table)
        .values(code)
        .execute(conn)
        .map(drop)
}

/// Revokes a person's codes that are still open (issuing a new one does this).
pub fn revoke_open(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        ac::table
            .filter(ac::school_id.eq(school_id).and(ac::user_id.eq(user_id)))
            .filter(ac::used_at.is_null().and(ac::revoked_at.is_null())),
    )
    .set(ac::revoked_at.eq(at))
    .execute(conn)
}

/// A person's codes that are neither used, revoked nor expired.
pub fn live_for_user(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<Vec<ActivationCodeRow>> {
    ac::table
        .filter(ac::school_id.eq(school_id).and(ac::user_id.eq(user_id)))
        .filter(ac::used_at.is_null().and(ac::revoked_at.is_null()))
        .filter(ac::expires_at.gt(now))
        .select(ActivationCodeRow::as_select())
        .load(conn)
}

/// Marks a code used. False if it no longer was live: two racing activations
/// with one code cannot both win.
pub fn consume(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let updated = diesel::update(
        ac::table
            .filter(ac::school_id.eq(school_id).and(ac::id.eq(id)))
            .filter(ac::used_at.is_null().and(ac::revoked_at.is_null()))
            .filter(ac::expires_at.gt(now)),
    )
    .set(ac::used_at.eq(now))
    .execute(conn)?;
    Ok(updated == 1)
}
