//! Academic years. Their periods and calendars live in `periods` and `calendar`.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::{DbConn, models::AcademicYearRow, schema::academic_years};

pub fn insert(conn: &mut DbConn, year: &AcademicYearRow) -> QueryResult<()> {
    diesel::insert_into(academic_years::table)
        .values(year)
        .execute(conn)
        .map(drop)
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<AcademicYearRow> {
    academic_years::table
        .filter(
            academic_years::school_id
                .eq(school_id)
                .and(academic_years::id.eq(id)),
        )
        .select(AcademicYearRow::as_select())
        .first(conn)
}

/// A school's years, latest first.
pub fn list(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<AcademicYearRow>> {
    academic_years::table
        .filter(academic_years::school_id.eq(school_id))
        .order(academic_years::starts_on.desc())
        .select(AcademicYearRow::as_select())
        .load(conn)
}

pub fn update_dates(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    name: &str,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
) -> QueryResult<usize> {
    diesel::update(
        academic_years::table.filter(
            academic_years::school_id
                .eq(school_id)
                .and(academic_years::id.eq(id)),
        ),
    )
    .set((
        academic_years::name.eq(name),
        academic_years::starts_on.eq(starts_on),
        academic_years::ends_on.eq(ends_on),
    ))
    .execute(conn)
}

/// Deletes the year row only: callers remove its periods and calendar first.
pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(
        academic_years::table.filter(
            academic_years::school_id
                .eq(school_id)
                .and(academic_years::id.eq(id)),
        ),
    )
    .execute(conn)
}
