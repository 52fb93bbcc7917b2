//! Changes to the timetable on dates: substitutions, cancellations, moves,
//! room changes and extra lessons.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::{DbConn, models::TimetableChangeRow, schema::timetable_changes as tc};

pub fn insert(conn: &mut DbConn, change: &TimetableChangeRow) -> QueryResult<()> {
    diesel::insert_into(tc::table)
        .values(change)
        .execute(conn)
        .map(drop)
}

/// A year's changes, by date and lesson number.
pub fn list_for_year(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
) -> QueryResult<Vec<TimetableChangeRow>> {
    tc::table
        .filter(tc::school_id.eq(school_id).and(tc::year_id.eq(year_id)))
        .order((tc::on_date, tc::lesson, tc::created_at))
        .select(TimetableChangeRow::as_select())
        .load(conn)
}

/// Changes of a school dated inside `from..=to`, any year.
pub fn list_between(
    conn: &mut DbConn,
    school_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<TimetableChangeRow>> {
    tc::table
        .filter(tc::school_id.eq(school_id))
        .filter(tc::on_date.ge(from).and(tc::on_date.le(to)))
        .order((tc::on_date, tc::lesson, tc::created_at))
        .select(TimetableChangeRow::as_select())
        .load(conn)
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<TimetableChangeRow> {
    tc::table
        .filter(tc::school_id.eq(school_id).and(tc::id.eq(id)))
        .select(TimetableChangeRow::as_select())
        .first(conn)
}

pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(tc::table.filter(tc::school_id.eq(school_id).and(tc::id.eq(id)))).execute(conn)
}
