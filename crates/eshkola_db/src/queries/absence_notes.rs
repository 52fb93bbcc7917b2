//! Parents' absence notes (R18, R23): written by a parent, read by the
//! family and the staff of the child's class, withdrawn (never deleted).
//! Every query is filtered by school.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::in_chunks;
use crate::{DbConn, models::AbsenceNoteRow, schema::absence_notes as an};

pub fn insert(conn: &mut DbConn, row: &AbsenceNoteRow) -> QueryResult<()> {
    diesel::insert_into(an::table).values(row).execute(conn)?;
    Ok(())
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<Option<AbsenceNoteRow>> {
    an::table
        .filter(an::school_id.eq(school_id).and(an::id.eq(id)))
        .select(AbsenceNoteRow::as_select())
        .first(conn)
        .optional()
}

/// The notes of these students that overlap `from..=to`, withdrawn ones
/// included only with `withdrawn`; by first day.
pub fn of_students(
    conn: &mut DbConn,
    school_id: &str,
    student_ids: &[String],
    from: NaiveDate,
    to: NaiveDate,
    withdrawn: bool,
) -> QueryResult<Vec<AbsenceNoteRow>> {
    let mut rows = in_chunks(student_ids, |chunk| {
        let query = an::table
            .filter(
                an::school_id
                    .eq(school_id)
                    .and(an::student_id.eq_any(chunk)),
            )
            .filter(an::from_on.le(to).and(an::to_on.ge(from)))
            .select(AbsenceNoteRow::as_select())
            .into_boxed();
        if withdrawn {
            query.load(conn)
        } else {
            query.filter(an::withdrawn_at.is_null()).load(conn)
        }
    })?;
    rows.sort_by(|a, b| (a.from_on, &a.id).cmp(&(b.from_on, &b.id)));
    Ok(rows)
}

/// Withdraws a note; 0 when it was already withdrawn.
pub fn withdraw(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        an::table
            .filter(an::school_id.eq(school_id).and(an::id.eq(id)))
            .filter(an::withdrawn_at.is_null()),
    )
    .set(an::withdrawn_at.eq(at))
    .execute(conn)
}

/// The students whose notes carry this file (the family and the class's
/// staff may read it, no one else).
pub fn file_students(
    conn: &mut DbConn,
    school_id: &str,
    file_id: &str,
) -> QueryResult<Vec<String>> {
    an::table
        .filter(an::school_id.eq(school_id).and(an::file_id.eq(file_id)))
        .select(an::student_id)
        .distinct()
        .load(conn)
}
