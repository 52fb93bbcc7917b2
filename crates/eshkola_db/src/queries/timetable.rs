//! Timetable versions of a year and their weekly entries.

use diesel::prelude::*;

use crate::{
    DbConn,
    models::{TimetableEntryRow, TimetableVersionRow},
    schema::{timetable_entries as te, timetable_versions as tv},
};

pub fn insert_version(conn: &mut DbConn, version: &TimetableVersionRow) -> QueryResult<()> {
    diesel::insert_into(tv::table)
        .values(version)
        .execute(conn)
        .map(drop)
}

/// A year's versions by start date.
pub fn versions_of_year(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
) -> QueryResult<Vec<TimetableVersionRow>> {
    tv::table
        .filter(tv::school_id.eq(school_id).and(tv::year_id.eq(year_id)))
        .order(tv::valid_from)
        .select(TimetableVersionRow::as_select())
        .load(conn)
}

pub fn get_version(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
) -> QueryResult<TimetableVersionRow> {
    tv::table
        .filter(tv::school_id.eq(school_id).and(tv::id.eq(id)))
        .select(TimetableVersionRow::as_select())
        .first(conn)
}

/// Deletes a version with its entries; 0 if there is no such version.
pub fn delete_version(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(te::table.filter(te::school_id.eq(school_id).and(te::version_id.eq(id))))
        .execute(conn)?;
    diesel::delete(tv::table.filter(tv::school_id.eq(school_id).and(tv::id.eq(id)))).execute(conn)
}

pub fn insert_entry(conn: &mut DbConn, entry: &TimetableEntryRow) -> QueryResult<()> {
    diesel::insert_into(te::table)
        .values(entry)
        .execute(conn)
        .map(drop)
}

/// Every entry of a version (all classes).
pub fn entries_of_version(
    conn: &mut DbConn,
    school_id: &str,
    version_id: &str,
) -> QueryResult<Vec<TimetableEntryRow>> {
    te::table
        .filter(
            te::school_id
                .eq(school_id)
                .and(te::version_id.eq(version_id)),
        )
        .order((te::class_id, te::weekday, te::lesson))
        .select(TimetableEntryRow::as_select())
        .load(conn)
}

/// Every entry of several versions (a year's).
pub fn entries_of_versions(
    conn: &mut DbConn,
    school_id: &str,
    version_ids: &[String],
) -> QueryResult<Vec<TimetableEntryRow>> {
    te::table
        .filter(
            te::school_id
                .eq(school_id)
                .and(te::version_id.eq_any(version_ids)),
        )
        .select(TimetableEntryRow::as_select())
        .load(conn)
}

/// Removes a class's entries from a version (before writing its new week).
pub fn delete_class_entries(
    conn: &mut DbConn,
    school_id: &str,
    version_id: &str,
    class_id: &str,
) -> QueryResult<usize> {
    diesel::delete(
        te::table.filter(
            te::school_id
                .eq(school_id)
                .and(te::version_id.eq(version_id))
                .and(te::class_id.eq(class_id)),
        ),
    )
    .execute(conn)
}
