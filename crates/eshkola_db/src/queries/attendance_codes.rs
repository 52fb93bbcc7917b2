//! Editing the school's attendance codes (R18); reading the list is
//! [`super::journal_lists::attendance_codes`].

use diesel::prelude::*;

use crate::{
    DbConn,
    models::AttendanceCodeRow,
    schema::{attendance, attendance_codes as ac},
};

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<AttendanceCodeRow> {
    ac::table
        .filter(ac::school_id.eq(school_id).and(ac::id.eq(id)))
        .select(AttendanceCodeRow::as_select())
        .first(conn)
}

pub fn insert(conn: &mut DbConn, row: &AttendanceCodeRow) -> QueryResult<()> {
    diesel::insert_into(ac::table)
        .values(row)
        .execute(conn)
        .map(drop)
}

/// Writes every field but the keys.
pub fn update(conn: &mut DbConn, row: &AttendanceCodeRow) -> QueryResult<usize> {
    diesel::update(ac::table.filter(ac::school_id.eq(&row.school_id).and(ac::id.eq(&row.id))))
        .set((
            ac::code.eq(&row.code),
            ac::name.eq(&row.name),
            ac::kind.eq(&row.kind),
            ac::excused.eq(row.excused),
            ac::position.eq(row.position),
            ac::archived.eq(row.archived),
        ))
        .execute(conn)
}

pub fn set_position(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    position: i32,
) -> QueryResult<usize> {
    diesel::update(ac::table.filter(ac::school_id.eq(school_id).and(ac::id.eq(id))))
        .set(ac::position.eq(position))
        .execute(conn)
}

pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(ac::table.filter(ac::school_id.eq(school_id).and(ac::id.eq(id)))).execute(conn)
}

/// Whether an attendance entry (as set or as corrected) uses the code.
pub fn in_use(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<bool> {
    let n: i64 = attendance::table
        .filter(attendance::school_id.eq(school_id))
        .filter(
            attendance::code_id
                .eq(id)
                .or(attendance::corrected_code_id.eq(id)),
        )
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}
