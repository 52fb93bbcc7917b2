//! The school's journal rules (deadline, rounding); defaults until changed.

use diesel::prelude::*;
use eshkola_domain::journal::{average::DEFAULT_ROUND_UP_FROM, defaults::DEADLINE_MIN};

use crate::{DbConn, schema::journal_settings as js};

/// The rules as stored, or the defaults (19:00, from x.50; version 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = js)]
pub struct JournalRules {
    pub deadline_min: i32,
    pub round_up_from: i32,
    pub version: i32,
}

impl Default for JournalRules {
    fn default() -> Self {
        JournalRules {
            deadline_min: i32::from(DEADLINE_MIN),
            round_up_from: i32::from(DEFAULT_ROUND_UP_FROM),
            version: 0,
        }
    }
}

pub fn get(conn: &mut DbConn, school_id: &str) -> QueryResult<JournalRules> {
    Ok(js::table
        .find(school_id)
        .select(JournalRules::as_select())
        .first(conn)
        .optional()?
        .unwrap_or_default())
}

/// Stores new rules when `expected_version` is still current; returns
/// whether it was (false: stale, nothing written). Inside a `write_tx`.
pub fn put(
    conn: &mut DbConn,
    school_id: &str,
    deadline_min: i32,
    round_up_from: i32,
    expected_version: i32,
) -> QueryResult<bool> {
    let current = get(conn, school_id)?;
    if current.version != expected_version {
        return Ok(false);
    }
    let version = expected_version + 1;
    if expected_version == 0 {
        diesel::insert_into(js::table)
            .values((
                js::school_id.eq(school_id),
                js::deadline_min.eq(deadline_min),
                js::round_up_from.eq(round_up_from),
                js::version.eq(version),
            ))
            .execute(conn)?;
    } else {
        diesel::update(js::table.find(school_id))
            .set((
                js::deadline_min.eq(deadline_min),
                js::round_up_from.eq(round_up_from),
                js::version.eq(version),
            ))
            .execute(conn)?;
    }
    Ok(true)
}
