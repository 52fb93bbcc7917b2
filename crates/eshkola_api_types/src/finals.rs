//! Final marks (R15): per student a cell for each period of the year that
//! applies to the class's grade, then the year, the exam and the final
//! (итоговая), with the suggested mark from the weighted average and whether
//! each slot's posting window is open today.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::journal::{FinalKind, MarkValue};
pub use eshkola_domain::school_class::Assessment;

use crate::me::PersonName;

/// Which final: a period's (with its id), or the year's, exam's or final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FinalSlot {
    pub kind: FinalKind,
    /// Required for `period`, absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_id: Option<Uuid>,
}

/// A column of the finals sheet: the slot and its posting window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FinalColumn {
    pub slot: FinalSlot,
    /// For a period: its number in the year (1–4 quarters, 1–2 halves).
    pub number: Option<u8>,
    /// The period's dates (for the year, exam and final: the year's).
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The window from the school's order; the year, exam and final use the
    /// last period's.
    pub open_on: NaiveDate,
    pub close_on: NaiveDate,
    /// Whether today (school-local) is inside the window.
    pub open: bool,
}

/// One student's final in one slot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FinalCell {
    pub slot: FinalSlot,
    /// The posted final, if any.
    pub value: Option<MarkValue>,
    /// Why the value differs from the suggestion.
    pub comment: Option<String>,
    /// For a period: the weighted average of its current marks (hundredths);
    /// for the year: the average of the period finals.
    pub average: Option<f64>,
    /// The mark the average suggests under the school's rounding rule.
    pub suggested: Option<MarkValue>,
    pub updated_by: Option<PersonName>,
    pub updated_at: Option<DateTime<Utc>>,
    /// 0 while nothing is posted.
    pub version: u32,
}

/// A row of the finals sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FinalStudent {
    pub student: PersonName,
    /// In column order.
    pub cells: Vec<FinalCell>,
}

/// `GET /api/v1/finals`: a class (or subgroup) and subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FinalsSheet {
    pub class_id: Uuid,
    pub subject_id: Uuid,
    pub subgroup_id: Option<Uuid>,
    /// Grade 1 (`no_marks`) gets no finals (R12).
    pub assessment: Assessment,
    pub columns: Vec<FinalColumn>,
    /// In alphabetical order.
    pub students: Vec<FinalStudent>,
    /// Whether the caller teaches this journal (posts inside the windows).
    pub may_post: bool,
    /// Whether the caller may post outside the windows, with a reason.
    pub may_override: bool,
}

/// Query of `GET /api/v1/finals`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct FinalsQuery {
    pub class_id: Uuid,
    pub subject_id: Uuid,
    /// A subgroup's journal: only its members.
    #[serde(default)]
    pub subgroup_id: Option<Uuid>,
}

/// Body of `PUT /api/v1/finals`: post, change or (with `value: null`) remove
/// one final.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PutFinalRequest {
    pub class_id: Uuid,
    pub subject_id: Uuid,
    pub student_id: Uuid,
    pub slot: FinalSlot,
    /// `null` removes the posted final.
    pub value: Option<MarkValue>,
    /// Required when the value differs from the suggested one.
    #[serde(default)]
    pub comment: Option<String>,
    /// Required outside the window (the administration only); kept in the history.
    #[serde(default)]
    pub reason: Option<String>,
    /// The version read (0: nothing posted).
    pub version: u32,
}
