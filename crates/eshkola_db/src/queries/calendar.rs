//! Calendar entries of academic years: holidays, vacations, days off, transfers.

use diesel::prelude::*;

use crate::{DbConn, models::CalendarEntryRow, schema::calendar_entries};

pub fn insert(conn: &mut DbConn, entry: &CalendarEntryRow) -> QueryResult<()> {
    diesel::insert_into(calendar_entries::table)
        .values(entry)
        .execute(conn)
        .map(drop)
}

/// One year's entries in date order.
pub fn list_for_year(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
) -> QueryResult<Vec<CalendarEntryRow>> {
    calendar_entries::table
        .filter(
            calendar_entries::school_id
                .eq(school_id)
                .and(calendar_entries::year_id.eq(year_id)),
        )
        .order((calendar_entries::starts_on, calendar_entries::ends_on))
        .select(CalendarEntryRow::as_select())
        .load(conn)
}

/// Deletes one entry of one year; 0 if there is no such entry there.
pub fn delete(conn: &mut DbConn, school_id: &str, year_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(
        calendar_entries::table.filter(
            calendar_entries::school_id
                .eq(school_id)
                .and(calendar_entries::year_id.eq(year_id))
                .and(calendar_entries::id.eq(id)),
        ),
    )
    .execute(conn)
}

pub fn delete_for_year(conn: &mut DbConn, school_id: &str, year_id: &str) -> QueryResult<usize> {
    diesel::delete(
        calendar_entries::table.filter(
            calendar_entries::school_id
                .eq(school_id)
                .and(calendar_entries::year_id.eq(year_id)),
        ),
    )
    .execute(conn)
}
