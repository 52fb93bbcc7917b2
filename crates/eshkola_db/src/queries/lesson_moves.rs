//! Resolving a detached lesson (R25, R30): its journal entries — marks,
//! attendance, the lesson record, homework files, their history and the
//! families' notifications — move to the lesson the timetable now plans
//! instead, inside the caller's `write_tx`.

use diesel::prelude::*;

use crate::{
    DbConn,
    models::LessonRow,
    schema::{
        attendance as a, homework_files as hf, journal_history as h, lesson_records as lr,
        lessons as l, marks as m, notifications as n,
    },
};

/// The year's lessons kept for a person to resolve, by date and number.
pub fn detached_of_year(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
) -> QueryResult<Vec<LessonRow>> {
    l::table
        .filter(l::school_id.eq(school_id).and(l::year_id.eq(year_id)))
        .filter(l::detached.eq(true))
        .order((l::held_on, l::lesson, l::class_id))
        .select(LessonRow::as_select())
        .load(conn)
}

/// Whether any journal entry sits on the lesson.
pub fn has_entries(conn: &mut DbConn, school_id: &str, lesson_id: &str) -> QueryResult<bool> {
    let marks: i64 = m::table
        .filter(m::school_id.eq(school_id).and(m::lesson_id.eq(lesson_id)))
        .count()
        .get_result(conn)?;
    let absences: i64 = a::table
        .filter(a::school_id.eq(school_id).and(a::lesson_id.eq(lesson_id)))
        .count()
        .get_result(conn)?;
    let records: i64 = lr::table
        .filter(lr::school_id.eq(school_id).and(lr::lesson_id.eq(lesson_id)))
        .count()
        .get_result(conn)?;
    Ok(marks + absences + records > 0)
}

/// Moves every entry of `from` to `to`; (marks, attendance entries) moved.
pub fn move_entries(
    conn: &mut DbConn,
    school_id: &str,
    from: &str,
    to: &str,
) -> QueryResult<(usize, usize)> {
    let marks =
        diesel::update(m::table.filter(m::school_id.eq(school_id).and(m::lesson_id.eq(from))))
            .set(m::lesson_id.eq(to))
            .execute(conn)?;
    let absences =
        diesel::update(a::table.filter(a::school_id.eq(school_id).and(a::lesson_id.eq(from))))
            .set(a::lesson_id.eq(to))
            .execute(conn)?;
    diesel::update(lr::table.filter(lr::school_id.eq(school_id).and(lr::lesson_id.eq(from))))
        .set(lr::lesson_id.eq(to))
        .execute(conn)?;
    diesel::update(hf::table.filter(hf::school_id.eq(school_id).and(hf::lesson_id.eq(from))))
        .set(hf::lesson_id.eq(to))
        .execute(conn)?;
    // The history stays as written; only which lesson it is about follows.
    diesel::update(h::table.filter(h::school_id.eq(school_id).and(h::lesson_id.eq(from))))
        .set(h::lesson_id.eq(to))
        .execute(conn)?;
    diesel::update(n::table.filter(n::school_id.eq(school_id).and(n::lesson_id.eq(from))))
        .set(n::lesson_id.eq(to))
        .execute(conn)?;
    Ok((marks, absences))
}
