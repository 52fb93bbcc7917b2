//! The school's kinds of work and attendance codes: the starting lists a new
//! school gets, and reading them in their order.

use diesel::prelude::*;
use eshkola_domain::journal::defaults;

use crate::{
    DbConn,
    models::{AttendanceCodeRow, WorkKindRow},
    new_id,
    schema::{attendance_codes as ac, work_kinds as wk},
};

/// Gives a new school the usual kinds of work and attendance codes; called by
/// `schools::insert`, inside the caller's transaction.
pub fn seed_defaults(conn: &mut DbConn, school_id: &str) -> QueryResult<()> {
    for (position, k) in defaults::WORK_KINDS.iter().enumerate() {
        let row = WorkKindRow {
            id: new_id(),
            school_id: school_id.to_owned(),
            name: k.name.to_owned(),
            short_name: k.short_name.to_owned(),
            weight_tenths: i32::from(k.weight_tenths),
            category: k.category.as_str().to_owned(),
            pair: k.pair,
            position: position as i32,
            archived: false,
        };
        diesel::insert_into(wk::table).values(&row).execute(conn)?;
    }
    for (position, c) in defaults::ATTENDANCE_CODES.iter().enumerate() {
        let row = AttendanceCodeRow {
            id: new_id(),
            school_id: school_id.to_owned(),
            code: c.code.to_owned(),
            name: c.name.to_owned(),
            kind: c.kind.as_str().to_owned(),
            excused: c.excused,
            position: position as i32,
            archived: false,
        };
        diesel::insert_into(ac::table).values(&row).execute(conn)?;
    }
    Ok(())
}

/// The school's kinds of work in their order, archived ones included.
pub fn work_kinds(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<WorkKindRow>> {
    wk::table
        .filter(wk::school_id.eq(school_id))
        .order((wk::position.asc(), wk::name.asc()))
        .select(WorkKindRow::as_select())
        .load(conn)
}

/// The school's attendance codes in their order, archived ones included.
pub fn attendance_codes(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<AttendanceCodeRow>> {
    ac::table
        .filter(ac::school_id.eq(school_id))
        .order((ac::position.asc(), ac::code.asc()))
        .select(AttendanceCodeRow::as_select())
        .load(conn)
}
