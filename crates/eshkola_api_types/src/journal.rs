//! The class journal (R13–R18, R30): a journal page (lessons × students), a
//! lesson's record (topic, kind of work, homework), marks, attendance and the
//! history of every change. Every editable record carries a `version`; a
//! write with a stale one gets 409 `stale_version` with the current record.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::journal::{AttendanceKind, MarkValue, WorkCategory};
pub use eshkola_domain::school_class::Assessment;
pub use eshkola_domain::timetable::ChangeType;

use crate::{classes::Subgroup, me::PersonName, subjects::Subject, years::Period};

mod writes;
pub use writes::{
    AttendanceEntry, CreateMarkRequest, MarkEntry, MarkRef, SaveLessonRequest,
    SetAttendanceRequest, UpdateMarkRequest,
};

/// A kind of work (ответ на уроке, контрольная…) with its weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkKind {
    pub id: Uuid,
    pub name: String,
    /// For cells and headers: «К/р».
    pub short_name: String,
    /// 0.1–10 in steps of 0.1.
    pub weight: f64,
    pub category: WorkCategory,
    /// Gives two marks at once, like a dictation's 3/5.
    pub pair: bool,
    /// Kept for old marks, not offered for new ones.
    pub archived: bool,
}

/// An attendance code (Н, Б, УП, ОП).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendanceCode {
    pub id: Uuid,
    /// «Н».
    pub code: String,
    /// «Отсутствовал».
    pub name: String,
    pub kind: AttendanceKind,
    /// A valid reason (Б, УП): not an unexcused absence (R19).
    pub excused: bool,
    pub archived: bool,
}

/// Where a lesson stands against its deadline (R14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LessonStatus {
    /// Not yet held.
    Upcoming,
    /// Held or today, no topic yet, the deadline not passed.
    Due,
    /// Has its topic, written by the deadline.
    Filled,
    /// Has its topic, written after the deadline.
    FilledLate,
    /// No topic and the deadline passed: «не заполнен».
    NotFilled,
}

/// One column of a journal page: a dated lesson and what it records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JournalLesson {
    pub id: Uuid,
    pub date: NaiveDate,
    /// Lesson number in the day.
    pub lesson: u8,
    /// Who gives it (a substitute after a change).
    pub teacher: PersonName,
    pub changes: Vec<ChangeType>,
    pub cancelled: bool,
    pub topic: Option<String>,
    /// The lesson's kind of work; new marks take it unless told otherwise.
    pub work_kind_id: Option<Uuid>,
    /// The thematic-plan topic it delivers.
    pub plan_topic_id: Option<Uuid>,
    pub homework: Option<String>,
    pub homework_due_on: Option<NaiveDate>,
    /// Homework attachments (ids of stored files).
    pub attachment_ids: Vec<Uuid>,
    pub note: Option<String>,
    pub status: LessonStatus,
    /// The lesson is due by then (school-local deadline, as UTC).
    pub deadline: DateTime<Utc>,
    /// Whether the caller may write this lesson.
    pub may_edit: bool,
    /// 0 while nothing is recorded.
    pub version: u32,
}

/// A row of a journal page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JournalStudent {
    pub id: Uuid,
    pub name: PersonName,
    /// Joined the class (or subgroup) after the period began.
    pub from: Option<NaiveDate>,
    /// Left the class: the last day in it.
    pub until: Option<NaiveDate>,
}

/// A current mark.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Mark {
    pub id: Uuid,
    pub lesson_id: Uuid,
    pub student_id: Uuid,
    pub value: MarkValue,
    pub work_kind_id: Uuid,
    /// The kind's weight, for the average.
    pub weight: f64,
    pub comment: Option<String>,
    /// Order within the cell (a dictation's 3/5 is two marks).
    pub position: u16,
    /// Entered after the lesson's deadline (R14).
    pub late: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: u32,
}

/// A student's absence or lateness at a lesson; no entry means present.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attendance {
    pub lesson_id: Uuid,
    pub student_id: Uuid,
    /// The code in force: the class teacher's correction, else the teacher's.
    pub code_id: Uuid,
    /// The teacher's entry.
    pub set_code_id: Uuid,
    pub set_by: PersonName,
    pub set_at: DateTime<Utc>,
    pub late: bool,
    /// The class teacher's correction of the reason (R18).
    pub corrected_code_id: Option<Uuid>,
    pub corrected_by: Option<PersonName>,
    pub corrected_at: Option<DateTime<Utc>>,
    pub version: u32,
}

/// A student's weighted average on a page and the final it suggests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StudentAverage {
    pub student_id: Uuid,
    /// Rounded to hundredths; `None` without 1–5 marks.
    pub average: Option<f64>,
    pub suggested: Option<MarkValue>,
}

/// `GET /api/v1/journal`: one class (or subgroup) × subject × period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JournalPage {
    pub class_id: Uuid,
    /// «5А».
    pub class_name: String,
    pub subgroup: Option<Subgroup>,
    pub subject: Subject,
    pub period: Period,
    /// Grade 1 (`no_marks`) takes no marks and no homework (R12).
    pub assessment: Assessment,
    pub work_kinds: Vec<WorkKind>,
    pub attendance_codes: Vec<AttendanceCode>,
    /// In date and lesson-number order.
    pub lessons: Vec<JournalLesson>,
    /// In alphabetical order.
    pub students: Vec<JournalStudent>,
    pub marks: Vec<Mark>,
    pub attendance: Vec<Attendance>,
    pub averages: Vec<StudentAverage>,
    /// Parents' current absence notes overlapping the period (R18).
    pub absence_notes: Vec<crate::absence_notes::AbsenceNoteBrief>,
    /// The mean of the students' averages.
    pub class_average: Option<f64>,
}

/// `GET /api/v1/journal/lessons/{id}` and the answer of its `PUT`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LessonDetail {
    pub lesson: JournalLesson,
    /// The homework's attachments (`lesson.attachment_ids`) with their names.
    #[serde(default)]
    pub attachments: Vec<crate::files::StoredFile>,
    /// The thematic plan's hour for this lesson (R13), whose topic the panel
    /// offers; only `GET` reads it, a save answers without it.
    #[serde(default)]
    pub planned: Option<crate::plans::PlannedHour>,
    pub class_id: Uuid,
    pub subject: Subject,
    pub students: Vec<JournalStudent>,
    pub marks: Vec<Mark>,
    pub attendance: Vec<Attendance>,
}

/// What a history entry is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HistoryEntity {
    Mark,
    Attendance,
    Final,
    Lesson,
}

/// One change, as the append-only history keeps it (R30).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HistoryEntry {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub actor: PersonName,
    /// The address the change came from.
    pub client_addr: Option<String>,
    pub entity: HistoryEntity,
    pub entity_id: String,
    /// `value`, `work_kind`, `comment`, `code`, `correction`, `topic`,
    /// `homework`, `note`, `created`, `deleted`…
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub reason: Option<String>,
    pub lesson_id: Option<Uuid>,
    pub student_id: Option<Uuid>,
}

/// A journal the caller may open: a class (or subgroup) and subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JournalRef {
    pub class_id: Uuid,
    /// «5А».
    pub class_name: String,
    pub subgroup: Option<Subgroup>,
    pub subject: Subject,
    /// The teachers of the assignment.
    pub teachers: Vec<PersonName>,
    /// Whether the caller keeps it (their assignment); substitutes edit only
    /// the lessons they give.
    pub may_edit: bool,
}

/// `GET /api/v1/journal/list`: the journals the caller keeps or reads, and the
/// periods of the year, with the one in force today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JournalList {
    pub journals: Vec<JournalRef>,
    /// The periods per class grade are the same for a journal's class; the
    /// SPA picks them by `class_id` through `periods_by_class`.
    pub periods_by_class: Vec<ClassPeriods>,
    pub current_period_id: Option<Uuid>,
}

/// The periods that apply to a class (by its grade).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClassPeriods {
    pub class_id: Uuid,
    pub periods: Vec<Period>,
}

/// `GET`/`PUT /api/v1/journal/settings`: the school's journal rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct JournalSettings {
    /// A lesson is due by this school-local time on its day, `HH:MM` (R14).
    pub deadline: String,
    /// The suggested final rounds up from this fraction, in hundredths
    /// (50: 4.50 → 5).
    pub round_up_from: u8,
    pub version: u32,
}

/// Query of `GET /api/v1/journal/list`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct JournalListQuery {
    /// Only this class's journals.
    #[serde(default)]
    pub class_id: Option<Uuid>,
}

/// Query of `GET /api/v1/journal`: which page.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct JournalQuery {
    pub class_id: Uuid,
    pub subject_id: Uuid,
    pub period_id: Uuid,
    /// A subgroup's journal; the whole class's without it.
    #[serde(default)]
    pub subgroup_id: Option<Uuid>,
}

/// Query of `GET /api/v1/journal/history`: a lesson (optionally one cell), or
/// a journal (class and subject).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct HistoryQuery {
    #[serde(default)]
    pub lesson_id: Option<Uuid>,
    /// With `lesson_id`: one cell.
    #[serde(default)]
    pub student_id: Option<Uuid>,
    #[serde(default)]
    pub class_id: Option<Uuid>,
    #[serde(default)]
    pub subject_id: Option<Uuid>,
    /// A journal's history: at most this many entries (default 200, at most 1000).
    #[serde(default)]
    pub limit: Option<u32>,
}

/// Query of `DELETE /api/v1/journal/marks/{id}` (or send `If-Match: "<version>"`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct DeleteMarkQuery {
    /// The version read.
    #[serde(default)]
    pub version: Option<u32>,
    /// Why (kept in the history).
    #[serde(default)]
    pub reason: Option<String>,
}
