//! Row types of the timetable: rooms, bells, versions, entries, changes,
//! lessons and calendar feeds.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::{
    bell_schedules, bells, calendar_feeds, lessons, rooms, timetable_changes, timetable_entries,
    timetable_versions,
};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = rooms)]
pub struct RoomRow {
    pub id: String,
    pub school_id: String,
    pub name: String,
    pub capacity: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = bell_schedules)]
pub struct BellScheduleRow {
    pub id: String,
    pub school_id: String,
    pub shift: i32,
    pub weekdays: i32,
    pub valid_from: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = bells)]
pub struct BellRow {
    pub school_id: String,
    pub schedule_id: String,
    pub number: i32,
    pub starts_min: i32,
    pub ends_min: i32,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = timetable_versions)]
pub struct TimetableVersionRow {
    pub id: String,
    pub school_id: String,
    pub year_id: String,
    pub valid_from: NaiveDate,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = timetable_entries)]
pub struct TimetableEntryRow {
    pub id: String,
    pub school_id: String,
    pub version_id: String,
    pub class_id: String,
    pub subgroup_id: Option<String>,
    pub subject_id: String,
    pub teacher_id: String,
    pub co_teacher_id: Option<String>,
    pub room_id: Option<String>,
    pub weekday: i32,
    pub lesson: i32,
    pub weeks: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = timetable_changes)]
pub struct TimetableChangeRow {
    pub id: String,
    pub school_id: String,
    pub year_id: String,
    pub kind: String,
    pub on_date: NaiveDate,
    pub lesson: i32,
    pub class_id: String,
    pub subgroup_id: Option<String>,
    pub teacher_id: Option<String>,
    pub room_id: Option<String>,
    pub subject_id: Option<String>,
    pub to_date: Option<NaiveDate>,
    pub to_lesson: Option<i32>,
    pub created_by: String,
    pub created_at: NaiveDateTime,
}

/// A dated lesson. `holds_data` is the journal's flag (see
/// [`crate::queries::lessons::mark_holds_data`]).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = lessons, treat_none_as_default_value = false)]
pub struct LessonRow {
    pub id: String,
    pub school_id: String,
    pub year_id: String,
    pub lesson_key: String,
    pub planned_on: NaiveDate,
    pub held_on: NaiveDate,
    pub lesson: i32,
    pub class_id: String,
    pub subgroup_id: Option<String>,
    pub subject_id: String,
    pub teacher_id: String,
    pub co_teacher_id: Option<String>,
    pub room_id: Option<String>,
    pub cancelled: bool,
    pub entry_id: Option<String>,
    pub changes: String,
    pub holds_data: bool,
    pub detached: bool,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = calendar_feeds)]
pub struct CalendarFeedRow {
    pub id: String,
    pub school_id: String,
    pub user_id: String,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

/// What regeneration may change in a stored lesson (its key, class, subgroup
/// and subject never change; `holds_data` belongs to the journal).
#[derive(Debug, Clone, PartialEq, AsChangeset)]
#[diesel(table_name = lessons, treat_none_as_null = true)]
pub struct LessonChanges {
    pub held_on: NaiveDate,
    pub lesson: i32,
    pub teacher_id: String,
    pub co_teacher_id: Option<String>,
    pub room_id: Option<String>,
    pub cancelled: bool,
    pub entry_id: Option<String>,
    pub changes: String,
    pub detached: bool,
}
