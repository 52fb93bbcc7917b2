//! The movement book (R10): admissions, withdrawals and transfers. Rows are
//! only ever added.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::{DbConn, models::MovementRow, schema::movements};

pub fn insert(conn: &mut DbConn, movement: &MovementRow) -> QueryResult<()> {
    diesel::insert_into(movements::table)
        .values(movement)
        .execute(conn)
        .map(drop)
}

/// A school's movements between two dates (inclusive, either open), oldest
/// first; ties keep the order they were recorded in (ids are time-ordered).
pub fn list(
    conn: &mut DbConn,
    school_id: &str,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> QueryResult<Vec<MovementRow>> {
    let mut query = movements::table
        .filter(movements::school_id.eq(school_id))
        .order((movements::moved_on, movements::id))
        .select(MovementRow::as_select())
        .into_boxed();
    if let Some(from) = from {
        query = query.filter(movements::moved_on.ge(from));
    }
    if let Some(to) = to {
        query = query.filter(movements::moved_on.le(to));
    }
    query.load(conn)
}

/// One student's movements, oldest first: the history on their card.
pub fn of_student(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
) -> QueryResult<Vec<MovementRow>> {
    movements::table
        .filter(movements::school_id.eq(school_id))
        .filter(movements::student_id.eq(student_id))
        .order((movements::moved_on, movements::id))
        .select(MovementRow::as_select())
        .load(conn)
}

/// Whether a movement of one of these kinds left one of these classes (the
/// year rollover uses it to refuse rolling a year over twice).
pub fn any_from(
    conn: &mut DbConn,
    school_id: &str,
    class_ids: &[String],
    kinds: &[&str],
) -> QueryResult<bool> {
    let found: i64 = movements::table
        .filter(movements::school_id.eq(school_id))
        .filter(movements::from_class_id.eq_any(class_ids))
        .filter(movements::kind.eq_any(kinds))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}
