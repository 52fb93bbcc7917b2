//! Sign-in sessions: one per device, each the family of its refresh tokens.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use eshkola_domain::Role;

use crate::{
    DbConn,
    models::{SessionRow, UserRow},
    schema::{schools, sessions, user_roles, users},
};

pub fn insert(conn: &mut DbConn, session: &SessionRow) -> QueryResult<()> {
    diesel::insert_into(sessions::table)
        .values(session)
        .execute(conn)
        .map(drop)
}

/// A live session with its user, for authenticating a request: `None` if the
/// session is unknown, revoked or expired.
pub fn live_with_user(
    conn: &mut DbConn,
    id: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<(SessionRow, UserRow)>> {
    sessions::table
        .inner_join(
            users::table.on(users::school_id
                .eq(sessions::school_id)
                .and(users::id.eq(sessions::user_id))),
        )
        .filter(sessions::id.eq(id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now))
        .select((SessionRow::as_select(), UserRow::as_select()))
        .first(conn)
        .optional()
}

/// A live session with its user, the user's roles and the school's
/// reference-list version (`schools.refs_version`).
pub struct LiveSession {
    pub session: SessionRow,
    pub user: UserRow,
    pub roles: Vec<Role>,
    pub refs_version: i64,
}

/// Like [`live_with_user`], with the user's roles and the school's
/// reference-list version, in one round trip: this runs on every
/// authenticated request.
pub fn live_with_user_and_roles(
    conn: &mut DbConn,
    id: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<LiveSession>> {
    let rows: Vec<(SessionRow, UserRow, i64, Option<String>)> = sessions::table
        .inner_join(
            users::table.on(users::school_id
                .eq(sessions::school_id)
                .and(users::id.eq(sessions::user_id))),
        )
        .inner_join(schools::table.on(schools::id.eq(sessions::school_id)))
        .left_join(
            user_roles::table.on(user_roles::school_id
                .eq(users::school_id)
                .and(user_roles::user_id.eq(users::id))),
        )
        .filter(sessions::id.eq(id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now))
        .select((
            SessionRow::as_select(),
            UserRow::as_select(),
            schools::refs_version,
            user_roles::role.nullable(),
        ))
        .load(conn)?;
    let mut roles: Vec<Role> = rows
        .iter()
        .filter_map(|(_, _, _, r)| r.as_deref().and_then(Role::parse))
        .collect();
    roles.sort();
    Ok(rows
        .into_iter()
        .next()
        .map(|(session, user, refs_version, _)| LiveSession {
            session,
            user,
            roles,
            refs_version,
        }))
}

/// A person's sessions that are neither revoked nor expired, newest use first.
pub fn list_live(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<Vec<SessionRow>> {
    sessions::table
        .filter(
            sessions::school_id
                .eq(school_id)
                .and(sessions::user_id.eq(user_id)),
        )
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now))
        .order(sessions::last_used_at.desc())
        .select(SessionRow::as_select())
        .load(conn)
}

pub fn touch(conn: &mut DbConn, id: &str, ip: &str, at: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(sessions::table.find(id))
        .set((sessions::last_used_at.eq(at), sessions::ip.eq(ip)))
        .execute(conn)
}

/// Revokes one session of a user; returns 0 if it is not theirs or already ended.
pub fn revoke(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    id: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        sessions::table
            .filter(
                sessions::school_id
                    .eq(school_id)
                    .and(sessions::user_id.eq(user_id)),
            )
            .filter(sessions::id.eq(id))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(at))
    .execute(conn)
}

/// Revokes every live session of a user except `keep`; returns how many ended.
pub fn revoke_all(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    keep: Option<&str>,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    let targets = sessions::table
        .filter(
            sessions::school_id
                .eq(school_id)
                .and(sessions::user_id.eq(user_id)),
        )
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(at))
        .filter(sessions::id.ne(keep.unwrap_or("")));
    diesel::update(targets)
        .set(sessions::revoked_at.eq(at))
        .execute(conn)
}
