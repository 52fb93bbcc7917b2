//! Row types of the journal's school-level lists: kinds of work and
//! attendance codes.

use diesel::prelude::*;

use crate::schema::{attendance_codes, work_kinds};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = work_kinds)]
pub struct WorkKindRow {
    pub id: String,
    pub school_id: String,
    pub name: String,
    pub short_name: String,
    pub weight_tenths: i32,
    /// ordinary | control | laboratory | practical
    pub category: String,
    pub pair: bool,
    pub position: i32,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = attendance_codes)]
pub struct AttendanceCodeRow {
    pub id: String,
    pub school_id: String,
    pub code: String,
    pub name: String,
    /// absent | late
    pub kind: String,
    pub excused: bool,
    pub position: i32,
    pub archived: bool,
}
