//! The class teacher's attendance section (R18): missed lessons per student
//! per day with the codes in force, full-day absences and totals, and the
//! class teacher's corrections of the reason (the teacher's entry is kept).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{journal::AttendanceCode, me::PersonName};

/// Query of `GET /api/v1/attendance`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct ClassAttendanceQuery {
    pub class_id: Uuid,
    /// First day, inclusive.
    pub from: NaiveDate,
    /// Last day, inclusive; at most 62 days after `from`.
    pub to: NaiveDate,
}

/// A lesson the student missed or came late to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MissedLesson {
    pub lesson_id: Uuid,
    /// Lesson number in the day.
    pub lesson: u8,
    pub subject_id: Uuid,
    /// «Математика».
    pub subject_name: String,
    /// The code in force: the correction, else the teacher's entry.
    pub code_id: Uuid,
    /// The subject teacher's entry.
    pub set_code_id: Uuid,
    /// The class teacher's correction, if any.
    pub corrected_code_id: Option<Uuid>,
    pub version: u32,
}

/// One student's day: the lessons missed and whether the whole day was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendanceDay {
    pub date: NaiveDate,
    /// The student's lessons held that day (not cancelled).
    pub lessons_held: u32,
    /// In lesson-number order.
    pub missed: Vec<MissedLesson>,
    /// Absent from every lesson held that day.
    pub full_day: bool,
}

/// A row of the section: a student's days with entries and the totals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StudentAttendance {
    pub student: PersonName,
    /// Only the days with an entry, in date order.
    pub days: Vec<AttendanceDay>,
    /// Lessons missed in the range (lateness does not count).
    pub missed: u32,
    /// Of them, without a valid reason (R19).
    pub unexcused: u32,
    pub late: u32,
}

/// `GET /api/v1/attendance`: one class over a range of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClassAttendance {
    pub class_id: Uuid,
    /// «5А».
    pub class_name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The dates with lessons held in the range.
    pub school_days: Vec<NaiveDate>,
    pub codes: Vec<AttendanceCode>,
    /// In alphabetical order.
    pub students: Vec<StudentAttendance>,
}

/// One entry's new reason.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CorrectionEntry {
    pub lesson_id: Uuid,
    pub student_id: Uuid,
    pub code_id: Uuid,
    /// The entry's version read.
    pub version: u32,
}

/// A reason for every absence of a student on a day.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DayCorrection {
    pub student_id: Uuid,
    pub date: NaiveDate,
    /// An `absent` code.
    pub code_id: Uuid,
}

/// Body of `POST /api/v1/attendance/corrections`: all or nothing.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CorrectionsRequest {
    pub class_id: Uuid,
    #[serde(default)]
    pub entries: Vec<CorrectionEntry>,
    #[serde(default)]
    pub days: Vec<DayCorrection>,
}

/// One corrected entry, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CorrectedEntry {
    pub lesson_id: Uuid,
    pub student_id: Uuid,
    pub code_id: Uuid,
    pub set_code_id: Uuid,
    pub version: u32,
}
