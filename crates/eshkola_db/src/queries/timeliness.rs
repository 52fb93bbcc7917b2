//! What the timeliness report reads (R14, R29): the records of the lessons
//! held, and the marks entered after their lesson's deadline.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::{
    DbConn,
    schema::{lesson_records as lr, lessons, marks},
};

/// A lesson's record as the report sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fill {
    pub lesson_id: String,
    pub has_topic: bool,
    pub filled_late: bool,
}

/// The records of lessons held in `from..=to`.
pub fn fills_between(
    conn: &mut DbConn,
    school_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<Fill>> {
    let rows: Vec<(String, Option<String>, bool)> = lr::table
        .inner_join(
            lessons::table.on(lessons::school_id
                .eq(lr::school_id)
                .and(lessons::id.eq(lr::lesson_id))),
        )
        .filter(lr::school_id.eq(school_id))
        .filter(lessons::held_on.ge(from).and(lessons::held_on.le(to)))
        .select((lr::lesson_id, lr::topic, lr::filled_late))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(lesson_id, topic, filled_late)| Fill {
            lesson_id,
            has_topic: topic.is_some_and(|t| !t.trim().is_empty()),
            filled_late,
        })
        .collect())
}

/// Who entered each late mark on lessons held in `from..=to`.
pub fn late_mark_authors(
    conn: &mut DbConn,
    school_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<String>> {
    marks::table
        .inner_join(
            lessons::table.on(lessons::school_id
                .eq(marks::school_id)
                .and(lessons::id.eq(marks::lesson_id))),
        )
        .filter(marks::school_id.eq(school_id))
        .filter(marks::late.eq(true))
        .filter(lessons::held_on.ge(from).and(lessons::held_on.le(to)))
        .select(marks::created_by)
        .load(conn)
}

/// Writes a lesson's topic directly (demo data and the report's tests;
/// teachers fill lessons through the journal).
pub fn insert_fill(
    conn: &mut DbConn,
    school_id: &str,
    lesson_id: &str,
    topic: &str,
    by: &str,
    at: NaiveDateTime,
    late: bool,
) -> QueryResult<()> {
    diesel::insert_into(lr::table)
        .values((
            lr::school_id.eq(school_id),
            lr::lesson_id.eq(lesson_id),
            lr::topic.eq(topic),
            lr::filled_at.eq(at),
            lr::filled_late.eq(late),
            lr::updated_at.eq(at),
            lr::updated_by.eq(by),
            lr::version.eq(1),
        ))
        .execute(conn)
        .map(drop)
}
