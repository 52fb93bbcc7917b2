//! The diary's reads (R5, R23): one student's enrolments, their own
//! marks and attendance on a set of lessons, and their posted finals. Each
//! is one set-based query filtered by school and student.

use diesel::prelude::*;

use super::in_chunks;
use crate::{
    DbConn,
    models::{AttendanceRow, ClassStudentRow, FinalMarkRow, MarkRow},
    schema::{attendance as a, class_students as cs, final_marks as fm, marks as m},
};

/// All of the student's enrolments, earliest first: a handful of rows,
/// from which a request takes the current class and any week's classes
/// without asking again.
pub fn enrolments_of(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
) -> QueryResult<Vec<ClassStudentRow>> {
    cs::table
        .filter(
            cs::school_id
                .eq(school_id)
                .and(cs::student_id.eq(student_id)),
        )
        .order((cs::enrolled_on, cs::class_id))
        .select(ClassStudentRow::as_select())
        .load(conn)
}

/// The student's current marks on these lessons, by lesson and position.
pub fn marks_of(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
    lesson_ids: &[String],
) -> QueryResult<Vec<MarkRow>> {
    in_chunks(lesson_ids, |chunk| {
        m::table
            .filter(m::school_id.eq(school_id).and(m::student_id.eq(student_id)))
            .filter(m::lesson_id.eq_any(chunk))
            .order((m::lesson_id, m::position))
            .select(MarkRow::as_select())
            .load(conn)
    })
}

/// The student's attendance entries on these lessons.
pub fn attendance_of(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
    lesson_ids: &[String],
) -> QueryResult<Vec<AttendanceRow>> {
    in_chunks(lesson_ids, |chunk| {
        a::table
            .filter(a::school_id.eq(school_id).and(a::student_id.eq(student_id)))
            .filter(a::lesson_id.eq_any(chunk))
            .select(AttendanceRow::as_select())
            .load(conn)
    })
}

/// The student's posted finals in a year, every subject and slot.
pub fn finals_of(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
    student_id: &str,
) -> QueryResult<Vec<FinalMarkRow>> {
    fm::table
        .filter(fm::school_id.eq(school_id).and(fm::year_id.eq(year_id)))
        .filter(fm::student_id.eq(student_id))
        .select(FinalMarkRow::as_select())
        .load(conn)
}
