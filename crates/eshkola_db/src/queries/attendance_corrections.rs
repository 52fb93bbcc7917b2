//! The class teacher's side of attendance (R18): a class's entries over a
//! range of days, and correcting an entry's reason while keeping the
//! subject teacher's own code.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::{
    DbConn,
    models::{AbsenceRow, DatedAbsence},
    schema::{attendance as at, lessons},
};

/// The entries on a class's lessons held in `from..=to`, by day and lesson.
pub fn between(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<DatedAbsence>> {
    let rows: Vec<(AbsenceRow, NaiveDate, i32, String)> = at::table
        .inner_join(
            lessons::table.on(lessons::school_id
                .eq(at::school_id)
                .and(lessons::id.eq(at::lesson_id))),
        )
        .filter(at::school_id.eq(school_id))
        .filter(lessons::class_id.eq(class_id))
        .filter(lessons::held_on.ge(from).and(lessons::held_on.le(to)))
        .order((lessons::held_on, lessons::lesson))
        .select((
            AbsenceRow::as_select(),
            lessons::held_on,
            lessons::lesson,
            lessons::subject_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(entry, held_on, lesson, subject_id)| DatedAbsence {
            entry,
            held_on,
            lesson,
            subject_id,
        })
        .collect())
}

pub fn get(
    conn: &mut DbConn,
    school_id: &str,
    lesson_id: &str,
    student_id: &str,
) -> QueryResult<Option<AbsenceRow>> {
    at::table
        .filter(at::school_id.eq(school_id).and(at::lesson_id.eq(lesson_id)))
        .filter(at::student_id.eq(student_id))
        .select(AbsenceRow::as_select())
        .first(conn)
        .optional()
}

/// Sets the correction when the entry is still at `expected_version`;
/// returns the rows changed (0: stale or gone).
pub fn correct(
    conn: &mut DbConn,
    entry: &AbsenceRow,
    code_id: &str,
    by: &str,
    now: NaiveDateTime,
    expected_version: i32,
) -> QueryResult<usize> {
    diesel::update(
        at::table
            .filter(at::school_id.eq(&entry.school_id))
            .filter(at::lesson_id.eq(&entry.lesson_id))
            .filter(at::student_id.eq(&entry.student_id))
            .filter(at::version.eq(expected_version)),
    )
    .set((
        at::corrected_code_id.eq(code_id),
        at::corrected_by.eq(by),
        at::corrected_at.eq(now),
        at::version.eq(expected_version + 1),
    ))
    .execute(conn)
}

/// Writes an entry directly (demo data and the section's tests; teachers
/// enter attendance through the journal).
pub fn insert_entry(conn: &mut DbConn, row: &AbsenceRow) -> QueryResult<()> {
    diesel::insert_into(at::table)
        .values(row)
        .execute(conn)
        .map(drop)
}
