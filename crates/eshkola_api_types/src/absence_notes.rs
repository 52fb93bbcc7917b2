//! Absence notes (R18, R23): a parent tells the school beforehand that the
//! child will be away, and why; the journal shows the note to the teachers
//! and an absence marked on those days takes its reason from it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::journal::absence_note::NoteReason;

use crate::{files::StoredFile, me::PersonName};

/// Body of `POST /api/v1/absence-notes`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateAbsenceNoteRequest {
    /// One of the parent's own children.
    pub student_id: Uuid,
    /// The first and the last day away (at most 31 days; from a week ago on).
    pub from_on: NaiveDate,
    pub to_on: NaiveDate,
    pub reason: NoteReason,
    /// A few words for the class teacher (at most 500 characters).
    #[serde(default)]
    pub comment: Option<String>,
    /// A scan or photo of the paper note: a file the parent uploaded
    /// (`POST /files`), an image or a PDF.
    #[serde(default)]
    pub file_id: Option<Uuid>,
}

/// A note as the family and the class's staff read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AbsenceNote {
    pub id: Uuid,
    pub student: PersonName,
    pub author: PersonName,
    pub from_on: NaiveDate,
    pub to_on: NaiveDate,
    pub reason: NoteReason,
    pub comment: Option<String>,
    pub created_at: DateTime<Utc>,
    /// Withdrawn by its author: no longer sets a reason.
    pub withdrawn: bool,
    /// The scan of the paper note, for the family and the class's staff.
    pub file: Option<StoredFile>,
}

/// Query of `GET /api/v1/absence-notes`: a student's (the family, the
/// class's staff) or a class's (its staff) notes overlapping the dates;
/// with both, the student's.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct AbsenceNotesQuery {
    #[serde(default)]
    pub student_id: Option<Uuid>,
    #[serde(default)]
    pub class_id: Option<Uuid>,
    /// From this day (30 days ago if absent) …
    #[serde(default)]
    pub from: Option<NaiveDate>,
    /// … to this day (60 days ahead if absent).
    #[serde(default)]
    pub to: Option<NaiveDate>,
}

/// A current note as a journal page shows it beside the cells it covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AbsenceNoteBrief {
    pub student_id: Uuid,
    pub from_on: NaiveDate,
    pub to_on: NaiveDate,
    pub reason: NoteReason,
}
