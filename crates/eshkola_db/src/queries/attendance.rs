//! Attendance per lesson per student: a row only for an absence or lateness.
//! Writes check the version the caller read (0 rows written when stale).

use diesel::prelude::*;

use super::in_chunks;
use crate::{DbConn, models::AttendanceRow, schema::attendance as a};

pub fn get(
    conn: &mut DbConn,
    school_id: &str,
    lesson_id: &str,
    student_id: &str,
) -> QueryResult<Option<AttendanceRow>> {
    a::table
        .filter(
            a::school_id
                .eq(school_id)
                .and(a::lesson_id.eq(lesson_id))
                .and(a::student_id.eq(student_id)),
        )
        .select(AttendanceRow::as_select())
        .first(conn)
        .optional()
}

/// The entries of many lessons.
pub fn for_lessons(
    conn: &mut DbConn,
    school_id: &str,
    lesson_ids: &[String],
) -> QueryResult<Vec<AttendanceRow>> {
    let mut rows = in_chunks(lesson_ids, |chunk| {
        a::table
            .filter(a::school_id.eq(school_id).and(a::lesson_id.eq_any(chunk)))
            .select(AttendanceRow::as_select())
            .load(conn)
    })?;
    // Grouped here rather than by ORDER BY, as `marks::for_lessons` does.
    rows.sort_unstable_by(|a, b| (&a.lesson_id, &a.student_id).cmp(&(&b.lesson_id, &b.student_id)));
    Ok(rows)
}

pub fn insert(conn: &mut DbConn, row: &AttendanceRow) -> QueryResult<()> {
    diesel::insert_into(a::table).values(row).execute(conn)?;
    Ok(())
}

/// One entry at the version read.
type One<'a> = diesel::dsl::Filter<
    a::table,
    diesel::dsl::And<
        diesel::dsl::And<
            diesel::dsl::And<
                diesel::dsl::Eq<a::school_id, &'a str>,
                diesel::dsl::Eq<a::lesson_id, &'a str>,
            >,
            diesel::dsl::Eq<a::student_id, &'a str>,
        >,
        diesel::dsl::Eq<a::version, i32>,
    >,
>;

fn one<'a>(school_id: &'a str, lesson_id: &'a str, student_id: &'a str, expected: i32) -> One<'a> {
    a::table.filter(
        a::school_id
            .eq(school_id)
            .and(a::lesson_id.eq(lesson_id))
            .and(a::student_id.eq(student_id))
            .and(a::version.eq(expected)),
    )
}

/// Replaces an entry whose stored version is `expected`.
pub fn update(conn: &mut DbConn, row: &AttendanceRow, expected: i32) -> QueryResult<usize> {
    diesel::update(one(
        &row.school_id,
        &row.lesson_id,
        &row.student_id,
        expected,
    ))
    .set(row)
    .execute(conn)
}

/// Removes an entry (the student was present) whose version is `expected`.
pub fn delete(
    conn: &mut DbConn,
    school_id: &str,
    lesson_id: &str,
    student_id: &str,
    expected: i32,
) -> QueryResult<usize> {
    diesel::delete(one(school_id, lesson_id, student_id, expected)).execute(conn)
}
