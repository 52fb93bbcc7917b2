//! The deputy's report on how timely teachers fill the journal (R14, R29).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::me::PersonName;

/// Query of `GET /api/v1/journal/timeliness`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct TimelinessQuery {
    pub from: NaiveDate,
    /// Inclusive; at most a year after `from`.
    pub to: NaiveDate,
    /// One teacher only (a teacher always sees only their own line).
    #[serde(default)]
    pub teacher_id: Option<Uuid>,
}

/// One teacher's line: the lessons they gave in the range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeacherTimeliness {
    pub teacher: PersonName,
    /// Lessons held by today (not cancelled).
    pub lessons_held: u32,
    /// With a topic written by the deadline.
    pub filled_on_time: u32,
    /// With a topic written after the deadline.
    pub filled_late: u32,
    /// Without a topic, the deadline passed.
    pub not_filled: u32,
    /// Without a topic, the deadline still ahead (today's lessons).
    pub due: u32,
    /// Marks the teacher entered after the lesson's deadline.
    pub marks_late: u32,
}

/// `GET /api/v1/journal/timeliness`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimelinessReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The school's deadline, `HH:MM`.
    pub deadline: String,
    /// In alphabetical order; teachers with no lessons held are left out.
    pub teachers: Vec<TeacherTimeliness>,
}
