//! The journal's school-level lists (R13, R16): kinds of work with weights and
//! attendance codes. Staff read them; the administration edits them. The
//! answers use the foundation's [`WorkKind`] and [`AttendanceCode`].
//!
//! `DELETE` of a kind or code that marks, lessons or attendance already use
//! archives it instead (200 with the archived record); an unused one is
//! deleted (204).

use serde::{Deserialize, Serialize};

pub use crate::journal::{AttendanceCode, AttendanceKind, WorkCategory, WorkKind};

/// Body of `POST /api/v1/work-kinds`: the new kind goes to the end of the list.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WorkKindRequest {
    /// Unique in the school (ignoring case and Ё/Е).
    pub name: String,
    /// For cells and headers: «К/р».
    pub short_name: String,
    /// 0.1–10 in steps of 0.1.
    pub weight: f64,
    pub category: WorkCategory,
    #[serde(default)]
    pub pair: bool,
}

/// Body of `PATCH /api/v1/work-kinds/{id}`; absent fields stay.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateWorkKindRequest {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub short_name: Option<String>,
    #[serde(default)]
    pub weight: Option<f64>,
    #[serde(default)]
    pub category: Option<WorkCategory>,
    #[serde(default)]
    pub pair: Option<bool>,
    /// Moves the kind to this place in the list (0 = first).
    #[serde(default)]
    pub position: Option<u16>,
    /// `false` brings an archived kind back.
    #[serde(default)]
    pub archived: Option<bool>,
}

/// Body of `POST /api/v1/attendance-codes`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AttendanceCodeRequest {
    /// 1–3 Cyrillic capital letters, unique in the school: «Н», «УП».
    pub code: String,
    pub name: String,
    pub kind: AttendanceKind,
    #[serde(default)]
    pub excused: bool,
}

/// Body of `PATCH /api/v1/attendance-codes/{id}`; absent fields stay.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateAttendanceCodeRequest {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub kind: Option<AttendanceKind>,
    #[serde(default)]
    pub excused: Option<bool>,
    /// Moves the code to this place in the list (0 = first).
    #[serde(default)]
    pub position: Option<u16>,
    /// `false` brings an archived code back.
    #[serde(default)]
    pub archived: Option<bool>,
}
