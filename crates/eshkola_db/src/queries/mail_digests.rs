//! The weekly digest's ledger (R23): which school's week has been queued.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::{DbConn, schema::mail_digests as md};

/// Takes the school's week for this caller, inside its `write_tx`: false
/// when the week was queued already (by this server or another).
pub fn claim(
    conn: &mut DbConn,
    school_id: &str,
    week_from: NaiveDate,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let taken: Option<NaiveDate> = md::table
        .filter(md::school_id.eq(school_id).and(md::week_from.eq(week_from)))
        .select(md::week_from)
        .first(conn)
        .optional()?;
    if taken.is_some() {
        return Ok(false);
    }
    diesel::insert_into(md::table)
        .values((
            md::school_id.eq(school_id),
            md::week_from.eq(week_from),
            md::queued_at.eq(at),
        ))
        .execute(conn)?;
    Ok(true)
}
