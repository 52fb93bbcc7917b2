//! Class enrolment: which students study in which class, from which date.
//! Only what setup needs; student movement (R10) will build on this table.

use diesel::prelude::*;

use crate::{DbConn, models::ClassStudentRow, schema::class_students};

pub fn enrol(conn: &mut DbConn, enrolment: &ClassStudentRow) -> QueryResult<()> {
    diesel::insert_into(class_students::table)
        .values(enrolment)
        .execute(conn)
        .map(drop)
}

pub fn count_in_class(conn: &mut DbConn, school_id: &str, class_id: &str) -> QueryResult<i64> {
    class_students::table
        .filter(
            class_students::school_id
                .eq(school_id)
                .and(class_students::class_id.eq(class_id)),
        )
        .count()
        .get_result(conn)
}
