//! Whole-school reads for bulk import and export (R11): one query per table,
//! so checking a file of a thousand rows costs a handful of queries, and the
//! few writes the other aggregates lack.

use diesel::prelude::*;

use crate::{
    DbConn,
    models::{ClassStudentRow, GuardianshipRow, ParentProfileRow, StudentProfileRow},
    schema::{
        class_students as cs, guardianships as g, parent_profiles as pp, student_profiles as sp,
    },
};

/// Every student profile of the school.
pub fn student_profiles(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<StudentProfileRow>> {
    sp::table
        .filter(sp::school_id.eq(school_id))
        .select(StudentProfileRow::as_select())
        .load(conn)
}

/// Every parent profile of the school.
pub fn parent_profiles(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<ParentProfileRow>> {
    pp::table
        .filter(pp::school_id.eq(school_id))
        .select(ParentProfileRow::as_select())
        .load(conn)
}

/// Every parent–child link of the school.
pub fn guardianships(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<GuardianshipRow>> {
    g::table
        .filter(g::school_id.eq(school_id))
        .select(GuardianshipRow::as_select())
        .load(conn)
}

/// Every current (open) enrolment of the school.
pub fn current_enrolments(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<ClassStudentRow>> {
    cs::table
        .filter(cs::school_id.eq(school_id))
        .filter(cs::left_on.is_null())
        .select(ClassStudentRow::as_select())
        .load(conn)
}

/// Changes how a parent is related to a child.
pub fn set_relationship(conn: &mut DbConn, link: &GuardianshipRow) -> QueryResult<usize> {
    diesel::update(
        g::table
            .filter(g::school_id.eq(&link.school_id))
            .filter(g::parent_id.eq(&link.parent_id))
            .filter(g::student_id.eq(&link.student_id)),
    )
    .set(g::relationship.eq(&link.relationship))
    .execute(conn)
}
