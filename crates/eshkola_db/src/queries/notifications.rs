//! The notification centre (R19, R23): rows written beside the journal's
//! entries, a person's latest, unread counts, marking read. Every query is
//! filtered by school and recipient.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::in_chunks;
use crate::{DbConn, models::NotificationRow, schema::notifications as n};

/// Inside the journal's `write_tx`, one insert per row (MultiBackend has no
/// multi-row insert; a lesson's save notifies a few dozen people at most).
pub fn insert_all(conn: &mut DbConn, rows: &[NotificationRow]) -> QueryResult<()> {
    for row in rows {
        diesel::insert_into(n::table).values(row).execute(conn)?;
    }
    Ok(())
}

/// Whether `user_id` was told `kind` about `subject_id` since `since`.
pub fn told_since(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    kind: &str,
    subject_id: &str,
    since: NaiveDateTime,
) -> QueryResult<bool> {
    let found: Option<String> = n::table
        .filter(n::school_id.eq(school_id).and(n::user_id.eq(user_id)))
        .filter(n::kind.eq(kind).and(n::subject_id.eq(subject_id)))
        .filter(n::created_at.ge(since))
        .select(n::id)
        .first(conn)
        .optional()?;
    Ok(found.is_some())
}

/// A person's latest notifications, newest first.
pub fn latest(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    unread_only: bool,
    limit: i64,
) -> QueryResult<Vec<NotificationRow>> {
    let query = n::table
        .filter(n::school_id.eq(school_id).and(n::user_id.eq(user_id)))
        .order((n::created_at.desc(), n::id.desc()))
        .limit(limit)
        .select(NotificationRow::as_select())
        .into_boxed();
    if unread_only {
        query.filter(n::read_at.is_null()).load(conn)
    } else {
        query.load(conn)
    }
}

pub fn unread_count(conn: &mut DbConn, school_id: &str, user_id: &str) -> QueryResult<i64> {
    n::table
        .filter(n::school_id.eq(school_id).and(n::user_id.eq(user_id)))
        .filter(n::read_at.is_null())
        .count()
        .get_result(conn)
}

/// Marks these (or, with `None`, all) of the person's unread notifications
/// read at `at`; returns how many changed.
pub fn mark_read(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    ids: Option<&[String]>,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    let mine = n::school_id
        .eq(school_id)
        .and(n::user_id.eq(user_id))
        .and(n::read_at.is_null());
    match ids {
        None => diesel::update(n::table.filter(mine))
            .set(n::read_at.eq(at))
            .execute(conn),
        Some(ids) => Ok(in_chunks(ids, |chunk| {
            diesel::update(n::table.filter(mine).filter(n::id.eq_any(chunk)))
                .set(n::read_at.eq(at))
                .execute(conn)
                .map(|k| vec![k])
        })?
        .into_iter()
        .sum()),
    }
}
