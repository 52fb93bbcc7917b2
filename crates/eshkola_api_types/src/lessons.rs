//! Changes on dates and the dated lessons of the timetable (R25): the week
//! views by class, teacher and room, "my timetable" and the regeneration
//! report.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::timetable::ChangeType;

use crate::{classes::Subgroup, me::PersonName, subjects::Subject, timetable::Room};

/// Body of `POST /api/v1/timetable/changes`. The lesson changed is the one
/// of the class (or subgroup) at `lesson` on `date`; an extra lesson is added
/// there.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateChangeRequest {
    pub kind: ChangeType,
    pub date: NaiveDate,
    pub lesson: u8,
    pub class_id: Uuid,
    #[serde(default)]
    pub subgroup_id: Option<Uuid>,
    /// The substitute, or the teacher of an extra lesson.
    #[serde(default)]
    pub teacher_id: Option<Uuid>,
    /// The new room, or an extra lesson's room.
    #[serde(default)]
    pub room_id: Option<Uuid>,
    /// An extra lesson's subject.
    #[serde(default)]
    pub subject_id: Option<Uuid>,
    /// Where a moved lesson goes (defaults: the same date / number).
    #[serde(default)]
    pub to_date: Option<NaiveDate>,
    #[serde(default)]
    pub to_lesson: Option<u8>,
}

/// A change on a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimetableChange {
    pub id: Uuid,
    pub kind: ChangeType,
    pub date: NaiveDate,
    pub lesson: u8,
    pub class_id: Uuid,
    /// «5А».
    pub class_name: String,
    pub subgroup: Option<Subgroup>,
    pub teacher: Option<PersonName>,
    pub room: Option<Room>,
    pub subject: Option<Subject>,
    pub to_date: Option<NaiveDate>,
    pub to_lesson: Option<u8>,
}

/// A lesson on a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Lesson {
    pub id: Uuid,
    pub date: NaiveDate,
    pub lesson: u8,
    /// School-local `HH:MM` from the bell schedule, if there is one.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub class_id: Uuid,
    pub class_name: String,
    pub subgroup: Option<Subgroup>,
    pub subject: Subject,
    pub teacher: PersonName,
    pub co_teacher: Option<PersonName>,
    pub room: Option<Room>,
    pub cancelled: bool,
    /// The changes on dates that apply to it.
    pub changes: Vec<ChangeType>,
    /// No longer planned by the timetable but kept for its journal data:
    /// a person must resolve it.
    pub detached: bool,
}

/// The lessons of one week (Monday to Sunday) of a class, teacher, room or
/// the caller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LessonWeek {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// By date and lesson number.
    pub lessons: Vec<Lesson>,
}

/// Query of the week views of a class, teacher or room.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct WeekQuery {
    /// Any date of the week; today (in the school's time zone) if absent.
    #[serde(default)]
    pub week: Option<NaiveDate>,
}

/// Query of "my timetable".
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct MyWeekQuery {
    /// Any date of the week; today (in the school's time zone) if absent.
    #[serde(default)]
    pub week: Option<NaiveDate>,
    /// For a parent: which child's timetable (required for a parent).
    #[serde(default)]
    pub child_id: Option<Uuid>,
}

/// Query of a year's changes on dates: all of them, or those touching one
/// date (a lesson moved to or from it) and/or one class.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct ChangesQuery {
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub class_id: Option<Uuid>,
}

/// Query of today's lessons.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct DayQuery {
    /// Another day than today (in the school's time zone).
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// For a parent: which child's lessons (required for a parent).
    #[serde(default)]
    pub child_id: Option<Uuid>,
}

/// Why regeneration kept a lesson with journal data as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum KeptReason {
    /// The timetable no longer plans it.
    NoLongerPlanned,
    /// A change would cancel it.
    CancelledWithData,
}

/// A lesson regeneration kept for a person to resolve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KeptLesson {
    pub lesson_id: Uuid,
    pub date: NaiveDate,
    pub lesson: u8,
    pub class_id: Uuid,
    pub class_name: String,
    pub subject_id: Uuid,
    pub reason: KeptReason,
}

/// What a regeneration of dated lessons did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GenerationReport {
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
    /// Lessons holding journal data that the new timetable would drop or
    /// cancel: kept, to be resolved by a person.
    pub kept: Vec<KeptLesson>,
    /// Changes whose lesson is no longer in the timetable.
    pub unmatched_changes: Vec<Uuid>,
}

/// Planned and delivered lessons to date for one teacher, class and subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeachingHours {
    pub teacher: PersonName,
    pub class_id: Uuid,
    pub class_name: String,
    pub subject: Subject,
    /// Lessons the timetable gives in the whole year (not cancelled).
    pub planned: u32,
    /// Of those, the ones held up to today.
    pub delivered: u32,
}

/// A personal iCalendar feed: its URL holds the secret and is shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarFeed {
    /// Path under the server, e.g. `/api/v1/calendar/<secret>`.
    pub url: String,
}

/// Body of `POST /api/v1/lessons/{id}/move-entries`: where a detached
/// lesson's journal entries go — a lesson of the same class (or subgroup)
/// and subject that holds none yet.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MoveEntriesRequest {
    pub to_lesson_id: Uuid,
}

/// What moving a detached lesson's entries did; the detached lesson is gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntriesMoved {
    /// The lesson that holds them now.
    pub lesson_id: Uuid,
    pub marks: usize,
    pub attendance: usize,
}
