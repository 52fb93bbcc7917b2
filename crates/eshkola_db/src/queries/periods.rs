//! The periods of academic years, grouped by grade range (R8, R15).

use diesel::prelude::*;

use crate::{DbConn, models::PeriodRow, schema::periods};

pub fn insert(conn: &mut DbConn, period: &PeriodRow) -> QueryResult<()> {
    diesel::insert_into(periods::table)
        .values(period)
        .execute(conn)
        .map(drop)
}

/// Every period of a school, ordered by year, grade range and number, for lists.
pub fn list(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<PeriodRow>> {
    periods::table
        .filter(periods::school_id.eq(school_id))
        .order((periods::year_id, periods::grade_from, periods::number))
        .select(PeriodRow::as_select())
        .load(conn)
}

/// One year's periods, by grade range and number.
pub fn list_for_year(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
) -> QueryResult<Vec<PeriodRow>> {
    periods::table
        .filter(
            periods::school_id
                .eq(school_id)
                .and(periods::year_id.eq(year_id)),
        )
        .order((periods::grade_from, periods::number))
        .select(PeriodRow::as_select())
        .load(conn)
}

/// Moves a kept period to new dates (its id, and what refers to it, stay).
pub fn update_dates(conn: &mut DbConn, period: &PeriodRow) -> QueryResult<usize> {
    diesel::update(
        periods::table.filter(
            periods::school_id
                .eq(&period.school_id)
                .and(periods::id.eq(&period.id)),
        ),
    )
    .set((
        periods::starts_on.eq(period.starts_on),
        periods::ends_on.eq(period.ends_on),
        periods::finals_open_on.eq(period.finals_open_on),
        periods::finals_close_on.eq(period.finals_close_on),
    ))
    .execute(conn)
}

pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(periods::table.filter(periods::school_id.eq(school_id).and(periods::id.eq(id))))
        .execute(conn)
}

pub fn delete_for_year(conn: &mut DbConn, school_id: &str, year_id: &str) -> QueryResult<usize> {
    diesel::delete(
        periods::table.filter(
            periods::school_id
                .eq(school_id)
                .and(periods::year_id.eq(year_id)),
        ),
    )
    .execute(conn)
}
