//! Teaching assignments: a subject taught to a class or subgroup by a teacher,
//! with weekly hours. They decide who may keep which journal.

use diesel::prelude::*;

use crate::{DbConn, models::AssignmentRow, schema::teaching_assignments as ta};

pub fn insert(conn: &mut DbConn, assignment: &AssignmentRow) -> QueryResult<()> {
    diesel::insert_into(ta::table)
        .values(assignment)
        .execute(conn)
        .map(drop)
}

/// A class's assignments, unordered.
pub fn list_for_class(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
) -> QueryResult<Vec<AssignmentRow>> {
    ta::table
        .filter(ta::school_id.eq(school_id).and(ta::class_id.eq(class_id)))
        .select(AssignmentRow::as_select())
        .load(conn)
}

/// Deletes one assignment of one class; 0 if the class has no such assignment.
pub fn delete(conn: &mut DbConn, school_id: &str, class_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(
        ta::table.filter(
            ta::school_id
                .eq(school_id)
                .and(ta::class_id.eq(class_id))
                .and(ta::id.eq(id)),
        ),
    )
    .execute(conn)
}

pub fn delete_for_class(conn: &mut DbConn, school_id: &str, class_id: &str) -> QueryResult<usize> {
    diesel::delete(ta::table.filter(ta::school_id.eq(school_id).and(ta::class_id.eq(class_id))))
        .execute(conn)
}

pub fn count_for_subject(conn: &mut DbConn, school_id: &str, subject_id: &str) -> QueryResult<i64> {
    ta::table
        .filter(
            ta::school_id
                .eq(school_id)
                .and(ta::subject_id.eq(subject_id)),
        )
        .count()
        .get_result(conn)
}

pub fn count_for_subgroup(
    conn: &mut DbConn,
    school_id: &str,
    subgroup_id: &str,
) -> QueryResult<i64> {
    ta::table
        .filter(
            ta::school_id
                .eq(school_id)
                .and(ta::subgroup_id.eq(subgroup_id)),
        )
        .count()
        .get_result(conn)
}

/// Whether a teacher teaches anything in a class (the whole class or a subgroup).
pub fn teaches_class(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
    teacher_id: &str,
) -> QueryResult<bool> {
    let n: i64 = ta::table
        .filter(ta::school_id.eq(school_id).and(ta::class_id.eq(class_id)))
        .filter(ta::teacher_id.eq(teacher_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The assignments of these classes (whom a family may write to, R20).
pub fn list_for_classes(
    conn: &mut DbConn,
    school_id: &str,
    class_ids: &[String],
) -> QueryResult<Vec<AssignmentRow>> {
    ta::table
        .filter(
            ta::school_id
                .eq(school_id)
                .and(ta::class_id.eq_any(class_ids)),
        )
        .select(AssignmentRow::as_select())
        .load(conn)
}

/// The assignments of these teachers.
pub fn list_for_teachers(
    conn: &mut DbConn,
    school_id: &str,
    teacher_ids: &[String],
) -> QueryResult<Vec<AssignmentRow>> {
    super::in_chunks(teacher_ids, |ids| {
        ta::table
            .filter(ta::school_id.eq(school_id).and(ta::teacher_id.eq_any(ids)))
            .select(AssignmentRow::as_select())
            .load(conn)
    })
}
