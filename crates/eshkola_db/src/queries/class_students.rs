//! Class enrolment: which students study in which class, from which date, and
//! (once transferred or withdrawn) until which date. A row is never deleted:
//! the movement book (R10) and old journals keep referring to it.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::{DbConn, models::ClassStudentRow, schema::class_students as cs};

pub fn enrol(conn: &mut DbConn, enrolment: &ClassStudentRow) -> QueryResult<()> {
    diesel::insert_into(cs::table)
        .values(enrolment)
        .execute(conn)
        .map(drop)
}

/// Everyone who ever studied in the class, current or not.
pub fn count_in_class(conn: &mut DbConn, school_id: &str, class_id: &str) -> QueryResult<i64> {
    cs::table
        .filter(cs::school_id.eq(school_id).and(cs::class_id.eq(class_id)))
        .count()
        .get_result(conn)
}

/// The enrolment of a student in a class, current or past.
pub fn find(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
    student_id: &str,
) -> QueryResult<Option<ClassStudentRow>> {
    cs::table
        .filter(cs::school_id.eq(school_id).and(cs::class_id.eq(class_id)))
        .filter(cs::student_id.eq(student_id))
        .select(ClassStudentRow::as_select())
        .first(conn)
        .optional()
}

/// The class a student studies in now, if any (none once withdrawn).
pub fn current_of(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
) -> QueryResult<Option<ClassStudentRow>> {
    cs::table
        .filter(
            cs::school_id
                .eq(school_id)
                .and(cs::student_id.eq(student_id)),
        )
        .filter(cs::left_on.is_null())
        .select(ClassStudentRow::as_select())
        .first(conn)
        .optional()
}

/// The students studying in a class now.
pub fn current_in_class(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
) -> QueryResult<Vec<ClassStudentRow>> {
    cs::table
        .filter(cs::school_id.eq(school_id).and(cs::class_id.eq(class_id)))
        .filter(cs::left_on.is_null())
        .select(ClassStudentRow::as_select())
        .load(conn)
}

/// The current enrolments of these students (those who study at the school now).
pub fn current_for(
    conn: &mut DbConn,
    school_id: &str,
    student_ids: &[String],
) -> QueryResult<Vec<ClassStudentRow>> {
    cs::table
        .filter(cs::school_id.eq(school_id))
        .filter(cs::student_id.eq_any(student_ids))
        .filter(cs::left_on.is_null())
        .select(ClassStudentRow::as_select())
        .load(conn)
}

/// Ends a current enrolment on `left_on`; 0 if there is none.
pub fn leave(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
    student_id: &str,
    left_on: NaiveDate,
) -> QueryResult<usize> {
    diesel::update(
        cs::table
            .filter(cs::school_id.eq(school_id).and(cs::class_id.eq(class_id)))
            .filter(cs::student_id.eq(student_id))
            .filter(cs::left_on.is_null()),
    )
    .set(cs::left_on.eq(left_on))
    .execute(conn)
}

/// Enrols a student again in a class they once left (the old dates are in
/// the movement book).
pub fn reopen(conn: &mut DbConn, enrolment: &ClassStudentRow) -> QueryResult<usize> {
    diesel::update(
        cs::table
            .filter(cs::school_id.eq(&enrolment.school_id))
            .filter(cs::class_id.eq(&enrolment.class_id))
            .filter(cs::student_id.eq(&enrolment.student_id)),
    )
    .set((
        cs::enrolled_on.eq(enrolment.enrolled_on),
        cs::left_on.eq(enrolment.left_on),
    ))
    .execute(conn)
}

/// The last day a student studied in any class (none if never left).
pub fn last_left_on(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
) -> QueryResult<Option<NaiveDate>> {
    cs::table
        .filter(
            cs::school_id
                .eq(school_id)
                .and(cs::student_id.eq(student_id)),
        )
        .select(diesel::dsl::max(cs::left_on))
        .first(conn)
}

/// The students studying now in any of these classes.
pub fn current_for_classes(
    conn: &mut DbConn,
    school_id: &str,
    class_ids: &[String],
) -> QueryResult<Vec<ClassStudentRow>> {
    cs::table
        .filter(cs::school_id.eq(school_id))
        .filter(cs::class_id.eq_any(class_ids))
        .filter(cs::left_on.is_null())
        .select(ClassStudentRow::as_select())
        .load(conn)
}
