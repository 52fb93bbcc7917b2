//! Students at risk (R19): the class teacher's list of students with a
//! subject whose marks lead to «2» this period, or three or more lessons
//! missed without a valid reason, and telling their parents in one action.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{me::PersonName, subjects::Subject, years::Period};

/// A subject whose marks this period lead to a failing final.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FailingSubject {
    pub subject: Subject,
    /// The weighted average, to hundredths.
    pub average: Option<f64>,
}

/// One student at risk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AtRiskStudent {
    pub student: PersonName,
    pub failing_subjects: Vec<FailingSubject>,
    /// Lessons missed this period without a valid reason, to today.
    pub unexcused_absences: u32,
}

/// `GET /api/v1/classes/{id}/at-risk`: the current period and its students
/// at risk, alphabetical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AtRiskReport {
    /// None when the class's grade has no period holding today.
    pub period: Option<Period>,
    pub students: Vec<AtRiskStudent>,
}

/// Body of `POST /api/v1/classes/{id}/at-risk/notify`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NotifyParentsRequest {
    /// Students of the list, each at most once.
    pub student_ids: Vec<Uuid>,
}

/// How many parents were told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParentsNotified {
    pub parents: u32,
}
