//! Current marks: several per student per lesson, ordered by position. Every
//! change checks the version the caller read (0 rows written when stale).

use diesel::prelude::*;

use super::in_chunks;
use crate::{DbConn, models::MarkRow, schema::marks as m};

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<Option<MarkRow>> {
    m::table
        .filter(m::school_id.eq(school_id).and(m::id.eq(id)))
        .select(MarkRow::as_select())
        .first(conn)
        .optional()
}

/// The marks of many lessons, by lesson, student and position.
pub fn for_lessons(
    conn: &mut DbConn,
    school_id: &str,
    lesson_ids: &[String],
) -> QueryResult<Vec<MarkRow>> {
    let mut rows = in_chunks(lesson_ids, |chunk| {
        m::table
            .filter(m::school_id.eq(school_id).and(m::lesson_id.eq_any(chunk)))
            .select(MarkRow::as_select())
            .load(conn)
    })?;
    // Grouped here rather than by ORDER BY: the ids are text, and sorting
    // them with PostgreSQL's collation was half of the query's time on a
    // journal page; byte order groups them the same on both engines.
    rows.sort_unstable_by(|a, b| {
        (&a.lesson_id, &a.student_id, a.position).cmp(&(&b.lesson_id, &b.student_id, b.position))
    });
    Ok(rows)
}

/// The next position in a cell: after the last mark (1 for the first).
pub fn next_position(
    conn: &mut DbConn,
    school_id: &str,
    lesson_id: &str,
    student_id: &str,
) -> QueryResult<i32> {
    let max: Option<i32> = m::table
        .filter(
            m::school_id
                .eq(school_id)
                .and(m::lesson_id.eq(lesson_id))
                .and(m::student_id.eq(student_id)),
        )
        .select(diesel::dsl::max(m::position))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn insert(conn: &mut DbConn, row: &MarkRow) -> QueryResult<()> {
    diesel::insert_into(m::table).values(row).execute(conn)?;
    Ok(())
}

/// Replaces a mark whose stored version is `expected`.
pub fn update(conn: &mut DbConn, row: &MarkRow, expected: i32) -> QueryResult<usize> {
    diesel::update(
        m::table.filter(
            m::school_id
                .eq(&row.school_id)
                .and(m::id.eq(&row.id))
                .and(m::version.eq(expected)),
        ),
    )
    .set(row)
    .execute(conn)
}

/// Deletes a mark whose stored version is `expected` (its history stays).
pub fn delete(conn: &mut DbConn, school_id: &str, id: &str, expected: i32) -> QueryResult<usize> {
    diesel::delete(
        m::table.filter(
            m::school_id
                .eq(school_id)
                .and(m::id.eq(id))
                .and(m::version.eq(expected)),
        ),
    )
    .execute(conn)
}
