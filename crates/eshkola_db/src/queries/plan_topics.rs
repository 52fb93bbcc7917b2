//! The thematic plan (КТП, R13): an assignment's ordered topics, the lessons
//! they are spread over and what those lessons record (coverage, R29).

use diesel::prelude::*;

use crate::{
    DbConn,
    models::{AssignmentRow, LessonRow, LessonTopicRow, PlanTopicRow},
    schema::{lesson_records as lr, lessons, plan_topics as pt, teaching_assignments as ta},
};

/// Ids per `IN (…)` list, far below either engine's bound-parameter limit.
const CHUNK: usize = 1000;

/// One teaching assignment of the school.
pub fn assignment(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<AssignmentRow> {
    ta::table
        .filter(ta::school_id.eq(school_id).and(ta::id.eq(id)))
        .select(AssignmentRow::as_select())
        .first(conn)
}

/// The assignments of some classes (all of the school's if `None`).
pub fn assignments_of(
    conn: &mut DbConn,
    school_id: &str,
    class_ids: &[String],
) -> QueryResult<Vec<AssignmentRow>> {
    let mut out = Vec::new();
    for chunk in class_ids.chunks(CHUNK) {
        out.extend(
            ta::table
                .filter(ta::school_id.eq(school_id))
                .filter(ta::class_id.eq_any(chunk))
                .select(AssignmentRow::as_select())
                .load(conn)?,
        );
    }
    Ok(out)
}

/// An assignment's topics in order.
pub fn list(
    conn: &mut DbConn,
    school_id: &str,
    assignment_id: &str,
) -> QueryResult<Vec<PlanTopicRow>> {
    pt::table
        .filter(
            pt::school_id
                .eq(school_id)
                .and(pt::assignment_id.eq(assignment_id)),
        )
        .order(pt::position)
        .select(PlanTopicRow::as_select())
        .load(conn)
}

/// The topics of several assignments, by assignment and position.
pub fn list_for(
    conn: &mut DbConn,
    school_id: &str,
    assignment_ids: &[String],
) -> QueryResult<Vec<PlanTopicRow>> {
    let mut out = Vec::new();
    for chunk in assignment_ids.chunks(CHUNK) {
        out.extend(
            pt::table
                .filter(pt::school_id.eq(school_id))
                .filter(pt::assignment_id.eq_any(chunk))
                .order((pt::assignment_id, pt::position))
                .select(PlanTopicRow::as_select())
                .load(conn)?,
        );
    }
    Ok(out)
}

/// Which of these topics a lesson record refers to (they cannot be removed).
pub fn referenced(
    conn: &mut DbConn,
    school_id: &str,
    topic_ids: &[String],
) -> QueryResult<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for chunk in topic_ids.chunks(CHUNK) {
        let found: Vec<Option<String>> = lr::table
            .filter(lr::school_id.eq(school_id))
            .filter(lr::plan_topic_id.eq_any(chunk))
            .select(lr::plan_topic_id)
            .distinct()
            .load(conn)?;
        out.extend(found.into_iter().flatten());
    }
    Ok(out)
}

pub fn insert(conn: &mut DbConn, row: &PlanTopicRow) -> QueryResult<()> {
    diesel::insert_into(pt::table)
        .values(row)
        .execute(conn)
        .map(drop)
}

/// Rewrites a topic (title, hours, kind and position) of one assignment.
pub fn update(conn: &mut DbConn, row: &PlanTopicRow) -> QueryResult<usize> {
    diesel::update(
        pt::table.filter(
            pt::school_id
                .eq(&row.school_id)
                .and(pt::assignment_id.eq(&row.assignment_id))
                .and(pt::id.eq(&row.id)),
        ),
    )
    .set(row)
    .execute(conn)
}

/// Moves a topic to a position (negative ones park it while a plan is reordered).
pub fn set_position(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    position: i32,
) -> QueryResult<usize> {
    diesel::update(pt::table.filter(pt::school_id.eq(school_id).and(pt::id.eq(id))))
        .set(pt::position.eq(position))
        .execute(conn)
}

pub fn delete_many(conn: &mut DbConn, school_id: &str, ids: &[String]) -> QueryResult<usize> {
    let mut n = 0;
    for chunk in ids.chunks(CHUNK) {
        n += diesel::delete(
            pt::table
                .filter(pt::school_id.eq(school_id))
                .filter(pt::id.eq_any(chunk)),
        )
        .execute(conn)?;
    }
    Ok(n)
}

/// The lessons an assignment's plan is spread over: its class (or subgroup)
/// and subject, not cancelled, by date and lesson number.
pub fn lessons_of(conn: &mut DbConn, a: &AssignmentRow) -> QueryResult<Vec<LessonRow>> {
    let query = lessons::table
        .filter(lessons::school_id.eq(&a.school_id))
        .filter(lessons::class_id.eq(&a.class_id))
        .filter(lessons::subject_id.eq(&a.subject_id))
        .filter(lessons::cancelled.eq(false))
        .order((lessons::held_on, lessons::lesson))
        .select(LessonRow::as_select())
        .into_boxed();
    match &a.subgroup_id {
        Some(g) => query.filter(lessons::subgroup_id.eq(g)).load(conn),
        None => query.filter(lessons::subgroup_id.is_null()).load(conn),
    }
}

/// What these lessons record about their topics (lessons never written
/// have no row).
pub fn lesson_topics(
    conn: &mut DbConn,
    school_id: &str,
    lesson_ids: &[String],
) -> QueryResult<Vec<LessonTopicRow>> {
    let mut out = Vec::new();
    for chunk in lesson_ids.chunks(CHUNK) {
        out.extend(
            lr::table
                .filter(lr::school_id.eq(school_id))
                .filter(lr::lesson_id.eq_any(chunk))
                .select(LessonTopicRow::as_select())
                .load(conn)?,
        );
    }
    Ok(out)
}
