//! The timetable (R25): rooms, bell schedules, versions and the weekly grid
//! of a class, with the conflicts and hours a draft check reports.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::timetable::Weeks;

use crate::{classes::Subgroup, me::PersonName, subjects::Subject};

/// A room (кабинет).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Room {
    pub id: Uuid,
    /// «101», «Спортзал».
    pub name: String,
    /// Seats, if recorded.
    pub capacity: Option<u32>,
}

/// Body of `POST /api/v1/rooms` and `PUT /api/v1/rooms/{id}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RoomRequest {
    pub name: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 1000))]
    pub capacity: Option<u32>,
}

/// One lesson's times in a bell schedule, school-local `HH:MM`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BellLesson {
    /// 0 (an early lesson) to 12.
    pub number: u8,
    #[cfg_attr(feature = "openapi", schema(example = "08:30"))]
    pub starts_at: String,
    #[cfg_attr(feature = "openapi", schema(example = "09:15"))]
    pub ends_at: String,
}

/// Lesson times for one shift on some weekdays, from a date on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BellSchedule {
    pub id: Uuid,
    pub shift: u8,
    /// 1 = Monday … 6 = Saturday.
    pub weekdays: Vec<u8>,
    pub valid_from: NaiveDate,
    /// By lesson number.
    pub lessons: Vec<BellLesson>,
}

/// Body of `POST /api/v1/bell-schedules`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BellScheduleRequest {
    pub shift: u8,
    pub weekdays: Vec<u8>,
    pub valid_from: NaiveDate,
    pub lessons: Vec<BellLesson>,
}

/// A version of the school's weekly timetable, in force from `valid_from`
/// to `valid_to` (the day before the next version, or the year's end).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimetableVersion {
    pub id: Uuid,
    pub year_id: Uuid,
    pub valid_from: NaiveDate,
    pub valid_to: NaiveDate,
}

/// Body of `POST /api/v1/timetable/versions`: a correction from a date. The
/// new version starts as a copy of the one in force the day before.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateVersionRequest {
    pub year_id: Uuid,
    pub valid_from: NaiveDate,
}

fn every() -> Weeks {
    Weeks::Every
}

/// One cell of a class's week as entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EntryInput {
    /// 1 = Monday … 6 = Saturday.
    pub weekday: u8,
    pub lesson: u8,
    pub subject_id: Uuid,
    pub teacher_id: Uuid,
    #[serde(default)]
    pub co_teacher_id: Option<Uuid>,
    #[serde(default)]
    pub room_id: Option<Uuid>,
    /// Absent for the whole class; subgroups of a class may run in parallel.
    #[serde(default)]
    pub subgroup_id: Option<Uuid>,
    #[serde(default = "every")]
    pub weeks: Weeks,
}

/// Body of `PUT /api/v1/timetable/versions/{id}/classes/{class_id}` (and of
/// its `check`): the class's whole week.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ClassWeekRequest {
    pub entries: Vec<EntryInput>,
}

/// One cell of a class's week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimetableEntry {
    pub id: Uuid,
    pub weekday: u8,
    pub lesson: u8,
    pub subject: Subject,
    pub teacher: PersonName,
    pub co_teacher: Option<PersonName>,
    pub room: Option<Room>,
    pub subgroup: Option<Subgroup>,
    pub weeks: Weeks,
}

/// A class's week in one version, with the bells of its shift.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClassWeek {
    pub version: TimetableVersion,
    pub class_id: Uuid,
    /// By weekday and lesson number.
    pub entries: Vec<TimetableEntry>,
    /// The Monday bells of the class's shift as of the version's start.
    pub bells: Vec<BellLesson>,
}

/// What is booked twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClashKind {
    Teacher,
    Room,
    Class,
    Subgroup,
}

/// One conflict of draft entry `entry` (index into the request's entries).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimetableConflict {
    pub entry: usize,
    pub kind: ClashKind,
    /// The other draft entry, when the conflict is within the draft.
    pub other_entry: Option<usize>,
    /// The other class, when the conflict is with another class's lesson.
    pub other_class: Option<String>,
    /// In Russian, fit to show beside the cell.
    pub message: String,
}

/// Planned weekly hours against the curriculum for one subject and teacher.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HoursLine {
    pub subject: Subject,
    pub subgroup: Option<Subgroup>,
    pub teacher: PersonName,
    pub planned_hours: f64,
    pub curriculum_hours: f64,
}

/// The answer of a draft check: conflicts (which saving would refuse) and
/// hours compared with the curriculum (warnings).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimetableCheck {
    pub conflicts: Vec<TimetableConflict>,
    pub hours: Vec<HoursLine>,
}

/// The answer of saving a class's week: the week as stored and what the
/// regeneration of its dated lessons did (lessons kept for their journal
/// data are listed there for a person to resolve).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedWeek {
    pub week: ClassWeek,
    pub generation: crate::lessons::GenerationReport,
}
