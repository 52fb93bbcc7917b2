//! Row types: what a query reads (`*Row`) and what an insert writes (`New*`).

mod absence_notes;
mod announcements;
mod finals;
mod history;
mod journal;
mod journal_setup;
mod mail;
mod messages;
mod notifications;
mod plans;
mod timetable;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::{
    academic_years, activation_codes, calendar_entries, class_students, classes, guardianships,
    movements, parent_profiles, periods, school_profiles, schools, sessions, student_profiles,
    subgroups, subjects, teaching_assignments, users,
};

pub use absence_notes::*;
pub use announcements::*;
pub use finals::*;
pub use history::*;
pub use journal::*;
pub use journal_setup::*;
pub use mail::*;
pub use messages::*;
pub use notifications::*;
pub use plans::*;
pub use timetable::*;

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = schools)]
pub struct SchoolRow {
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub time_zone: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = users)]
pub struct UserRow {
    pub id: String,
    pub school_id: String,
    pub login: String,
    pub password_hash: Option<String>,
    pub surname: String,
    pub first_name: String,
    pub patronymic: Option<String>,
    pub active: bool,
    pub created_at: NaiveDateTime,
    pub last_login_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = guardianships)]
pub struct GuardianshipRow {
    pub school_id: String,
    pub parent_id: String,
    pub student_id: String,
    pub relationship: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = sessions)]
pub struct SessionRow {
    pub id: String,
    pub school_id: String,
    pub user_id: String,
    pub user_agent: String,
    pub ip: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

/// A school's requisites and settings; absent until first edited.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = school_profiles, treat_none_as_null = true)]
pub struct SchoolProfileRow {
    pub school_id: String,
    pub inn: Option<String>,
    pub ogrn: Option<String>,
    pub code: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub director_id: Option<String>,
    pub week_days: i32,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = academic_years)]
pub struct AcademicYearRow {
    pub id: String,
    pub school_id: String,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = periods)]
pub struct PeriodRow {
    pub id: String,
    pub school_id: String,
    pub year_id: String,
    pub kind: String,
    pub number: i32,
    pub grade_from: i32,
    pub grade_to: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub finals_open_on: NaiveDate,
    pub finals_close_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = calendar_entries)]
pub struct CalendarEntryRow {
    pub id: String,
    pub school_id: String,
    pub year_id: String,
    pub kind: String,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub instead_of: Option<NaiveDate>,
    pub grade_from: Option<i32>,
    pub grade_to: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = classes)]
pub struct ClassRow {
    pub id: String,
    pub school_id: String,
    pub year_id: String,
    pub grade: i32,
    pub letter: String,
    pub shift: i32,
    pub assessment: String,
    pub class_teacher_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = subgroups)]
pub struct SubgroupRow {
    pub id: String,
    pub school_id: String,
    pub class_id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = class_students)]
pub struct ClassStudentRow {
    pub school_id: String,
    pub class_id: String,
    pub student_id: String,
    pub enrolled_on: NaiveDate,
    /// The last day in the class; `None` while the student studies there.
    pub left_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = subjects)]
pub struct SubjectRow {
    pub id: String,
    pub school_id: String,
    pub name: String,
    pub short_name: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = teaching_assignments)]
pub struct AssignmentRow {
    pub id: String,
    pub school_id: String,
    pub class_id: String,
    pub subgroup_id: Option<String>,
    pub subject_id: String,
    pub teacher_id: String,
    pub weekly_half_hours: i32,
}

/// A student's personal data beyond the name (R34: only what the school needs).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = student_profiles)]
pub struct StudentProfileRow {
    pub school_id: String,
    pub user_id: String,
    pub birth_date: NaiveDate,
    pub sex: String,
    pub verified_at: Option<NaiveDateTime>,
    pub verified_by: Option<String>,
}

/// A parent's contacts and their choice about electronic access (R22).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = parent_profiles)]
pub struct ParentProfileRow {
    pub school_id: String,
    pub user_id: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub declined_electronic_access: bool,
    pub verified_at: Option<NaiveDateTime>,
    pub verified_by: Option<String>,
}

/// One line of the movement book (R10).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = movements)]
pub struct MovementRow {
    pub id: String,
    pub school_id: String,
    pub student_id: String,
    pub kind: String,
    pub moved_on: NaiveDate,
    pub order_number: String,
    pub order_date: NaiveDate,
    pub from_class_id: Option<String>,
    pub to_class_id: Option<String>,
    pub reason: Option<String>,
    pub origin: Option<String>,
    pub destination: Option<String>,
    pub recorded_by: String,
    pub recorded_at: NaiveDateTime,
}

/// A one-time activation code, stored as its SHA-256.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = activation_codes)]
pub struct ActivationCodeRow {
    pub id: String,
    pub school_id: String,
    pub user_id: String,
    pub code_hash: String,
    pub issued_by: String,
    pub issued_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

/// An account blocked by a leaving movement (withdrawal, graduation), until
/// it is unblocked again (R10).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::schema::movement_blocks)]
pub struct MovementBlockRow {
    pub school_id: String,
    pub movement_id: String,
    pub user_id: String,
    pub released_at: Option<NaiveDateTime>,
}

/// A student's place in a subgroup of their class (R8).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::schema::subgroup_members)]
pub struct SubgroupMemberRow {
    pub school_id: String,
    pub subgroup_id: String,
    pub student_id: String,
}
