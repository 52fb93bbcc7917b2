//! The journal's reads around its records: a journal's lessons in a period,
//! who studies in the class then, who keeps which journal, and a student's
//! mark history. Each is one set-based query (a page is a handful of them).

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::{
    DbConn,
    models::{AssignmentRow, ClassStudentRow, HistoryRow, LessonRow},
    schema::{
        class_students as cs, journal_history as h, lessons as l, teaching_assignments as ta,
    },
};

/// A journal: a class, or one of its subgroups, and a subject.
#[derive(Debug, Clone, Copy)]
pub struct Journal<'a> {
    pub class_id: &'a str,
    pub subgroup_id: Option<&'a str>,
    pub subject_id: &'a str,
}

/// A journal's lessons held in `from..=to`, cancelled ones included, by date
/// and lesson number (the `lessons_by_class` index).
pub fn lessons(
    conn: &mut DbConn,
    school_id: &str,
    journal: Journal<'_>,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<LessonRow>> {
    let query = l::table
        .filter(
            l::school_id
                .eq(school_id)
                .and(l::class_id.eq(journal.class_id)),
        )
        .filter(l::held_on.ge(from).and(l::held_on.le(to)))
        .filter(l::subject_id.eq(journal.subject_id))
        .order((l::held_on, l::lesson, l::id))
        .select(LessonRow::as_select())
        .into_boxed();
    match journal.subgroup_id {
        Some(subgroup) => query.filter(l::subgroup_id.eq(subgroup)),
        None => query.filter(l::subgroup_id.is_null()),
    }
    .load(conn)
}

/// The enrolments in a class that overlap `from..=to`.
pub fn enrolments(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<ClassStudentRow>> {
    cs::table
        .filter(cs::school_id.eq(school_id).and(cs::class_id.eq(class_id)))
        .filter(cs::enrolled_on.le(to))
        .filter(cs::left_on.is_null().or(cs::left_on.ge(from)))
        .select(ClassStudentRow::as_select())
        .load(conn)
}

/// The teaching assignments of a journal (usually one).
pub fn assignments(
    conn: &mut DbConn,
    school_id: &str,
    journal: Journal<'_>,
) -> QueryResult<Vec<AssignmentRow>> {
    let query = ta::table
        .filter(
            ta::school_id
                .eq(school_id)
                .and(ta::class_id.eq(journal.class_id)),
        )
        .filter(ta::subject_id.eq(journal.subject_id))
        .select(AssignmentRow::as_select())
        .into_boxed();
    match journal.subgroup_id {
        Some(subgroup) => query.filter(ta::subgroup_id.eq(subgroup)),
        None => query.filter(ta::subgroup_id.is_null()),
    }
    .load(conn)
}

/// Which assignments to list: a teacher's own, some classes', or all.
#[derive(Debug, Clone, Copy)]
pub enum Kept<'a> {
    Teacher(&'a str),
    Classes(&'a [String]),
    All,
}

pub fn assignments_of(
    conn: &mut DbConn,
    school_id: &str,
    kept: Kept<'_>,
) -> QueryResult<Vec<AssignmentRow>> {
    let query = ta::table
        .filter(ta::school_id.eq(school_id))
        .select(AssignmentRow::as_select())
        .into_boxed();
    match kept {
        Kept::Teacher(id) => query.filter(ta::teacher_id.eq(id)),
        Kept::Classes(ids) => query.filter(ta::class_id.eq_any(ids)),
        Kept::All => query,
    }
    .load(conn)
}

/// The journals (class, subgroup, subject) a teacher gives lessons in, as the
/// teacher or co-teacher: their own and those they substitute in.
pub fn journals_taught(
    conn: &mut DbConn,
    school_id: &str,
    teacher_id: &str,
) -> QueryResult<Vec<(String, Option<String>, String)>> {
    l::table
        .filter(l::school_id.eq(school_id))
        .filter(
            l::teacher_id
                .eq(teacher_id)
                .or(l::co_teacher_id.eq(teacher_id)),
        )
        .select((l::class_id, l::subgroup_id, l::subject_id))
        .distinct()
        .load(conn)
}

/// The history of a student's marks, newest first, at most `limit` rows.
pub fn student_mark_history(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
    limit: i64,
) -> QueryResult<Vec<HistoryRow>> {
    h::table
        .filter(h::school_id.eq(school_id).and(h::student_id.eq(student_id)))
        .filter(h::entity.eq("mark"))
        .order((h::at.desc(), h::id.desc()))
        .limit(limit)
        .select(HistoryRow::as_select())
        .load(conn)
}

/// Whether a thematic-plan topic belongs to an assignment of this class and
/// subject (the plan a lesson's topic may point to).
pub fn plan_topic_fits(
    conn: &mut DbConn,
    school_id: &str,
    plan_topic_id: &str,
    class_id: &str,
    subject_id: &str,
) -> QueryResult<bool> {
    use crate::schema::plan_topics as pt;
    let assignment: Option<String> = pt::table
        .filter(pt::school_id.eq(school_id).and(pt::id.eq(plan_topic_id)))
        .select(pt::assignment_id)
        .first(conn)
        .optional()?;
    let Some(assignment) = assignment else {
        return Ok(false);
    };
    let n: i64 = ta::table
        .filter(ta::school_id.eq(school_id).and(ta::id.eq(assignment)))
        .filter(ta::class_id.eq(class_id).and(ta::subject_id.eq(subject_id)))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}
