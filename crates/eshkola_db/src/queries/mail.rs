//! The e-mail outbox and mail preferences (R19, R23). Letters are queued in
//! the caller's transaction; the delivery worker (deployment-wide, so its
//! queries span schools) claims due letters one by one, then marks each
//! sent or schedules a retry.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::{
    DbConn,
    models::{MailPreferenceRow, MailRow},
    schema::{
        mail_addresses as ma, mail_outbox as mo, mail_preferences as mp, parent_profiles as pp,
    },
};

/// The e-mail addresses of these people that may be written to: parents
/// with an address in their profile who did not decline electronic access,
/// and the addresses staff and students gave themselves. A parent's
/// profile wins over an address of their own.
pub fn addresses(
    conn: &mut DbConn,
    school_id: &str,
    user_ids: &[String],
) -> QueryResult<Vec<(String, String)>> {
    let parents: Vec<(String, Option<String>)> = super::in_chunks(user_ids, |ids| {
        pp::table
            .filter(pp::school_id.eq(school_id).and(pp::user_id.eq_any(ids)))
            .filter(pp::email.is_not_null())
            .filter(pp::declined_electronic_access.eq(false))
            .select((pp::user_id, pp::email))
            .load(conn)
    })?;
    let own: Vec<(String, String)> = super::in_chunks(user_ids, |ids| {
        ma::table
            .filter(ma::school_id.eq(school_id).and(ma::user_id.eq_any(ids)))
            .select((ma::user_id, ma::email))
            .load(conn)
    })?;
    let mut out: std::collections::HashMap<String, String> = parents
        .into_iter()
        .filter_map(|(id, email)| email.filter(|e| !e.trim().is_empty()).map(|e| (id, e)))
        .collect();
    for (id, email) in own {
        out.entry(id).or_insert(email);
    }
    Ok(out.into_iter().collect())
}

/// Sets (or with `None` removes) the address a person gave for letters;
/// inside the caller's `write_tx`.
pub fn set_own_address(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    email: Option<&str>,
) -> QueryResult<()> {
    diesel::delete(ma::table.filter(ma::school_id.eq(school_id).and(ma::user_id.eq(user_id))))
        .execute(conn)?;
    if let Some(email) = email {
        diesel::insert_into(ma::table)
            .values((
                ma::school_id.eq(school_id),
                ma::user_id.eq(user_id),
                ma::email.eq(email),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The stored choices of these people (kinds without a row mean yes).
pub fn preferences_of(
    conn: &mut DbConn,
    school_id: &str,
    user_ids: &[String],
) -> QueryResult<Vec<MailPreferenceRow>> {
    super::in_chunks(user_ids, |ids| {
        mp::table
            .filter(mp::school_id.eq(school_id).and(mp::user_id.eq_any(ids)))
            .select(MailPreferenceRow::as_select())
            .load(conn)
    })
}

/// Replaces a person's choices; inside the caller's `write_tx`.
pub fn set_preferences(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    rows: &[MailPreferenceRow],
) -> QueryResult<()> {
    diesel::delete(mp::table.filter(mp::school_id.eq(school_id).and(mp::user_id.eq(user_id))))
        .execute(conn)?;
    for row in rows {
        diesel::insert_into(mp::table).values(row).execute(conn)?;
    }
    Ok(())
}

/// Queues letters; inside the caller's `write_tx`.
pub fn enqueue(conn: &mut DbConn, rows: &[MailRow]) -> QueryResult<()> {
    for row in rows {
        diesel::insert_into(mo::table).values(row).execute(conn)?;
    }
    Ok(())
}

/// Letters due now and not claimed by another worker, oldest first.
pub fn due(conn: &mut DbConn, now: NaiveDateTime, limit: i64) -> QueryResult<Vec<MailRow>> {
    mo::table
        .filter(mo::sent_at.is_null().and(mo::failed_at.is_null()))
        .filter(mo::next_attempt_at.le(now))
        .filter(mo::locked_until.is_null().or(mo::locked_until.lt(now)))
        .order((mo::next_attempt_at.asc(), mo::id.asc()))
        .limit(limit)
        .select(MailRow::as_select())
        .load(conn)
}

/// Claims a letter until `until`; 0 if another worker holds it or it left.
pub fn claim(
    conn: &mut DbConn,
    id: &str,
    now: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        mo::table
            .filter(mo::id.eq(id))
            .filter(mo::sent_at.is_null())
            .filter(mo::locked_until.is_null().or(mo::locked_until.lt(now))),
    )
    .set(mo::locked_until.eq(Some(until)))
    .execute(conn)
}

pub fn mark_sent(conn: &mut DbConn, id: &str, at: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(mo::table.filter(mo::id.eq(id)))
        .set((
            mo::sent_at.eq(Some(at)),
            mo::locked_until.eq(None::<NaiveDateTime>),
            mo::attempts.eq(mo::attempts + 1),
        ))
        .execute(conn)
}

/// A failed attempt: the next one at `next`, or none (`failed_at`) when the
/// letter is given up.
pub fn mark_failed(
    conn: &mut DbConn,
    id: &str,
    next: Option<NaiveDateTime>,
    at: NaiveDateTime,
    error: &str,
) -> QueryResult<usize> {
    diesel::update(mo::table.filter(mo::id.eq(id)))
        .set((
            mo::attempts.eq(mo::attempts + 1),
            mo::next_attempt_at.eq(next.unwrap_or(at)),
            mo::failed_at.eq(next.is_none().then_some(at)),
            mo::locked_until.eq(None::<NaiveDateTime>),
            mo::last_error.eq(Some(error)),
        ))
        .execute(conn)
}

/// A person's letters, newest first (what was sent to them, for tests and
/// support).
pub fn of_user(conn: &mut DbConn, school_id: &str, user_id: &str) -> QueryResult<Vec<MailRow>> {
    mo::table
        .filter(mo::school_id.eq(school_id).and(mo::user_id.eq(user_id)))
        .order((mo::created_at.desc(), mo::id.desc()))
        .select(MailRow::as_select())
        .load(conn)
}
