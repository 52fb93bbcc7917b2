//! The journal's write bodies: a mark, an attendance entry and a whole
//! lesson saved in one transaction (R13, R14, R16, R18), each with the
//! `version` it was read at.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::MarkValue;

/// Body of `POST /api/v1/journal/marks`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateMarkRequest {
    pub lesson_id: Uuid,
    pub student_id: Uuid,
    pub value: MarkValue,
    /// Defaults to the lesson's kind of work, else the school's first kind.
    #[serde(default)]
    pub work_kind_id: Option<Uuid>,
    #[serde(default)]
    pub comment: Option<String>,
}

/// Body of `PATCH /api/v1/journal/marks/{id}`; absent fields stay.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateMarkRequest {
    /// The version the caller read.
    pub version: u32,
    #[serde(default)]
    pub value: Option<MarkValue>,
    #[serde(default)]
    pub work_kind_id: Option<Uuid>,
    /// `null` clears the comment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::patch::nullable"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub comment: Option<Option<String>>,
    /// Why, when changing a mark after the lesson's day (kept in the history).
    #[serde(default)]
    pub reason: Option<String>,
}

/// Body of `PUT /api/v1/journal/lessons/{id}/attendance/{student_id}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SetAttendanceRequest {
    /// `null`: present (removes the entry).
    pub code_id: Option<Uuid>,
    /// The version read; 0 when there was no entry.
    pub version: u32,
}

/// One student's attendance in a whole-lesson save.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AttendanceEntry {
    pub student_id: Uuid,
    pub code_id: Option<Uuid>,
    pub version: u32,
}

/// One mark in a whole-lesson save: new without `id`, else changed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MarkEntry {
    #[serde(default)]
    pub id: Option<Uuid>,
    pub student_id: Uuid,
    pub value: MarkValue,
    #[serde(default)]
    pub work_kind_id: Option<Uuid>,
    #[serde(default)]
    pub comment: Option<String>,
    /// For a changed mark: the version read.
    #[serde(default)]
    pub version: u32,
}

/// A mark removed in a whole-lesson save.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MarkRef {
    pub id: Uuid,
    pub version: u32,
}

/// Body of `PUT /api/v1/journal/lessons/{id}`: the whole lesson in one
/// transaction. Attendance and marks list only what changes.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SaveLessonRequest {
    /// The lesson record's version read (0: none yet).
    pub version: u32,
    pub topic: Option<String>,
    #[serde(default)]
    pub work_kind_id: Option<Uuid>,
    #[serde(default)]
    pub plan_topic_id: Option<Uuid>,
    #[serde(default)]
    pub homework: Option<String>,
    #[serde(default)]
    pub homework_due_on: Option<NaiveDate>,
    #[serde(default)]
    pub attachment_ids: Vec<Uuid>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub attendance: Vec<AttendanceEntry>,
    #[serde(default)]
    pub marks: Vec<MarkEntry>,
    #[serde(default)]
    pub deleted_marks: Vec<MarkRef>,
}
