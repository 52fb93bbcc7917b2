//! Dated lessons: written by timetable regeneration, read by the views, and
//! (later) the columns the journal attaches its data to.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::{
    DbConn,
    models::{LessonChanges, LessonRow},
    schema::lessons,
};

/// Rows per multi-row INSERT on SQLite: 18 columns × 500 stays far below
/// its 32 766 bound parameters.
const CHUNK: usize = 500;

/// Inserts many lessons: one `COPY … FROM STDIN (FORMAT binary)` on
/// PostgreSQL, which spares it parsing and planning a 9 000-parameter
/// INSERT per 500 rows (a year of 46 800 lessons is ~100 of them);
/// multi-row INSERTs on SQLite. MultiBackend cannot batch, so this is a
/// per-engine query.
pub fn insert_many(conn: &mut DbConn, rows: &[LessonRow]) -> QueryResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    match conn {
        DbConn::Postgres(c) => {
            diesel::copy_from(lessons::table)
                .from_insertable(rows)
                .execute(c)?;
        }
        DbConn::Sqlite(c) => {
            for chunk in rows.chunks(CHUNK) {
                diesel::insert_into(lessons::table)
                    .values(chunk)
                    .execute(c)?;
            }
        }
    }
    Ok(())
}

/// The lessons of a year planned for `from..=to`, of some classes (`None`:
/// all): the scope one regeneration replaces.
pub fn planned_between(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
    classes: Option<&[String]>,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<LessonRow>> {
    let mut query = lessons::table
        .filter(
            lessons::school_id
                .eq(school_id)
                .and(lessons::year_id.eq(year_id)),
        )
        .filter(lessons::planned_on.ge(from).and(lessons::planned_on.le(to)))
        .select(LessonRow::as_select())
        .into_boxed();
    if let Some(classes) = classes {
        query = query.filter(lessons::class_id.eq_any(classes));
    }
    query.load(conn)
}

pub fn update(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    changes: &LessonChanges,
) -> QueryResult<usize> {
    diesel::update(lessons::table.filter(lessons::school_id.eq(school_id).and(lessons::id.eq(id))))
        .set(changes)
        .execute(conn)
}

pub fn delete_many(conn: &mut DbConn, school_id: &str, ids: &[String]) -> QueryResult<usize> {
    let mut n = 0;
    for chunk in ids.chunks(CHUNK) {
        n += diesel::delete(
            lessons::table.filter(
                lessons::school_id
                    .eq(school_id)
                    .and(lessons::id.eq_any(chunk)),
            ),
        )
        .execute(conn)?;
    }
    Ok(n)
}

/// Marks lessons the timetable no longer plans but that hold journal data.
pub fn detach_many(conn: &mut DbConn, school_id: &str, ids: &[String]) -> QueryResult<usize> {
    let mut n = 0;
    for chunk in ids.chunks(CHUNK) {
        n += diesel::update(
            lessons::table.filter(
                lessons::school_id
                    .eq(school_id)
                    .and(lessons::id.eq_any(chunk)),
            ),
        )
        .set(lessons::detached.eq(true))
        .execute(conn)?;
    }
    Ok(n)
}

/// The journal's hook: a lesson now holds journal data (a mark, an
/// absence, a topic), so regeneration must keep it. 0 if no such lesson.
pub fn mark_holds_data(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::update(lessons::table.filter(lessons::school_id.eq(school_id).and(lessons::id.eq(id))))
        .set(lessons::holds_data.eq(true))
        .execute(conn)
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<LessonRow> {
    lessons::table
        .filter(lessons::school_id.eq(school_id).and(lessons::id.eq(id)))
        .select(LessonRow::as_select())
        .first(conn)
}

/// Whose lessons a view shows.
#[derive(Debug, Clone, Copy)]
pub enum Whose<'a> {
    Classes(&'a [String]),
    /// As the teacher or the co-teacher.
    Teacher(&'a str),
    Room(&'a str),
    All,
}

/// Lessons taking place in `from..=to`, by date and lesson number.
pub fn held_between(
    conn: &mut DbConn,
    school_id: &str,
    whose: Whose<'_>,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<LessonRow>> {
    let query = lessons::table
        .filter(lessons::school_id.eq(school_id))
        .filter(lessons::held_on.ge(from).and(lessons::held_on.le(to)))
        .order((lessons::held_on, lessons::lesson, lessons::class_id))
        .select(LessonRow::as_select())
        .into_boxed();
    let query = match whose {
        Whose::Classes(ids) => query.filter(lessons::class_id.eq_any(ids)),
        Whose::Teacher(id) => {
            query.filter(lessons::teacher_id.eq(id).or(lessons::co_teacher_id.eq(id)))
        }
        Whose::Room(id) => query.filter(lessons::room_id.eq(id)),
        Whose::All => query,
    };
    query.load(conn)
}

/// Every lesson of a year (for the teaching-hours count).
pub fn of_year(conn: &mut DbConn, school_id: &str, year_id: &str) -> QueryResult<Vec<LessonRow>> {
    lessons::table
        .filter(
            lessons::school_id
                .eq(school_id)
                .and(lessons::year_id.eq(year_id)),
        )
        .select(LessonRow::as_select())
        .load(conn)
}
