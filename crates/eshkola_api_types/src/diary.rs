//! The diary (R5, R23, R24): a student's week as they and their parents read
//! it — lessons with their changes, topics, homework with attachments, their
//! own marks and attendance — and the progress per subject with the forecast
//! of the period's final.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::journal::{AttendanceKind, FinalKind, MarkValue};

use crate::{files::StoredFile, lessons::Lesson, me::PersonName, subjects::Subject, years::Period};

/// Query of `GET /api/v1/me/diary`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct DiaryQuery {
    /// Any date of the week; today (in the school's time zone) if absent.
    #[serde(default)]
    pub week: Option<NaiveDate>,
    /// A parent names the child (one of their own); a student omits it.
    #[serde(default)]
    pub child_id: Option<Uuid>,
}

/// Whose diary it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DiaryStudent {
    pub name: PersonName,
    /// The class they study in now, e.g. `5А`; none after leaving.
    pub class_name: Option<String>,
}

/// Homework given at a lesson.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Homework {
    pub text: String,
    /// The date it is due; none: by the next lesson.
    pub due_on: Option<NaiveDate>,
    pub files: Vec<StoredFile>,
}

/// One of the student's own marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DiaryMark {
    pub id: Uuid,
    pub value: MarkValue,
    /// The kind of work, e.g. «Контрольная работа», and its short form «К/р».
    pub work_kind: String,
    pub work_kind_short: String,
    pub weight: f64,
    pub comment: Option<String>,
    pub given_at: DateTime<Utc>,
}

/// The student's attendance at a lesson (present when absent from the
/// diary), the class teacher's correction applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DiaryAttendance {
    /// The letter, e.g. `Н`, `Б`, `ОП`.
    pub code: String,
    pub name: String,
    pub kind: AttendanceKind,
    pub excused: bool,
}

/// A lesson of the week as the diary shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DiaryLesson {
    pub lesson: Lesson,
    pub topic: Option<String>,
    pub homework: Option<Homework>,
    pub marks: Vec<DiaryMark>,
    pub attendance: Option<DiaryAttendance>,
}

/// A student's week, Monday to Sunday.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DiaryWeek {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub student: DiaryStudent,
    /// By date and lesson number.
    pub lessons: Vec<DiaryLesson>,
}

/// Homework due on a day of the week, wherever it was given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DueHomework {
    pub due_on: NaiveDate,
    /// The teacher set that date; otherwise it is the subject's next lesson.
    pub date_set: bool,
    pub subject: Subject,
    pub text: String,
    pub files: Vec<StoredFile>,
    /// The lesson it was given at, and its date.
    pub lesson_id: Uuid,
    pub given_on: NaiveDate,
}

/// `GET /api/v1/me/homework`: what is due in a week (query as the diary's),
/// by due date and subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HomeworkWeek {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub student: DiaryStudent,
    pub items: Vec<DueHomework>,
}

/// Query of `GET /api/v1/me/progress`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct ProgressQuery {
    /// A parent names the child (one of their own); a student omits it.
    #[serde(default)]
    pub child_id: Option<Uuid>,
    /// One of the class's periods; the current one (or the last before
    /// today) if absent.
    #[serde(default)]
    pub period_id: Option<Uuid>,
}

/// A mark as progress lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgressMark {
    pub date: NaiveDate,
    pub value: MarkValue,
    pub work_kind_short: String,
    pub weight: f64,
    pub comment: Option<String>,
}

/// One step of the forecast: `marks` more marks of `value` (fives up, twos
/// down) lead to `to`; `marks` is absent when it takes more than 20.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ForecastStep {
    pub to: MarkValue,
    pub value: MarkValue,
    pub marks: Option<u32>,
}

/// What the period's marks so far lead to (R24), each further mark counted
/// with the weight of the school's first kind of work.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Forecast {
    /// The suggested final by the school's rounding rule; none without marks.
    pub leads_to: Option<MarkValue>,
    pub up: Option<ForecastStep>,
    pub down: Option<ForecastStep>,
}

/// A posted final: a period's (`period_id`), the year's, exam's or final.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostedFinal {
    pub kind: FinalKind,
    pub period_id: Option<Uuid>,
    /// The period's number for `period`.
    pub number: Option<u8>,
    pub value: MarkValue,
}

/// Absences from a subject's lessons in the period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AbsenceSummary {
    /// Lessons missed, of them `excused` for a valid reason.
    pub missed: u32,
    pub excused: u32,
    pub late: u32,
}

/// A subject's progress in the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubjectProgress {
    pub subject: Subject,
    /// By date.
    pub marks: Vec<ProgressMark>,
    /// The weighted average, to hundredths; none without counted marks.
    pub average: Option<f64>,
    pub forecast: Forecast,
    /// The finals posted this year, periods first.
    pub finals: Vec<PostedFinal>,
    pub absences: AbsenceSummary,
}

/// A student's progress in one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Progress {
    pub student: DiaryStudent,
    /// None when the class's grade has no periods set up.
    pub period: Option<Period>,
    /// The class's periods this year, to switch between.
    pub periods: Vec<Period>,
    /// By subject name.
    pub subjects: Vec<SubjectProgress>,
}
