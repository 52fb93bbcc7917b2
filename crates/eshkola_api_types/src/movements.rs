//! The movement book (R10): admission, withdrawal, transfer, promotion, repeat
//! and graduation (the last three by the year rollover), each by the
//! school's order.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::people::MovementKind;

use crate::{me::PersonName, people::ClassRef};

/// One line of the movement book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Movement {
    pub id: Uuid,
    pub kind: MovementKind,
    pub student: PersonName,
    /// The day of the movement: the first day in the new class, the last at
    /// school (withdrawal, graduation).
    pub date: NaiveDate,
    pub order_number: String,
    pub order_date: NaiveDate,
    /// The class left (transfer, withdrawal, promotion, repeat, graduation).
    pub from_class: Option<ClassRef>,
    /// The class joined (admission, transfer, promotion, repeat).
    pub to_class: Option<ClassRef>,
    pub reason: Option<String>,
    /// Where an admitted student came from.
    pub origin: Option<String>,
    /// Where a withdrawn student went.
    pub destination: Option<String>,
    pub recorded_by: PersonName,
    pub recorded_at: DateTime<Utc>,
}

/// Query of `GET /api/v1/movements`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct MovementQuery {
    /// From this day on (inclusive).
    #[serde(default)]
    pub from: Option<NaiveDate>,
    /// Up to this day (inclusive).
    #[serde(default)]
    pub to: Option<NaiveDate>,
    /// Only movements into or out of this class.
    #[serde(default)]
    pub class_id: Option<Uuid>,
}

/// Body of `POST /api/v1/students/{id}/withdraw`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WithdrawRequest {
    /// The last day at school.
    pub date: NaiveDate,
    pub order_number: String,
    /// Defaults to `date`.
    #[serde(default)]
    pub order_date: Option<NaiveDate>,
    #[cfg_attr(feature = "openapi", schema(example = "Смена места жительства"))]
    pub reason: String,
    /// Where the student goes (another school, a city).
    #[serde(default)]
    pub destination: Option<String>,
}

/// Body of `POST /api/v1/students/{id}/transfer`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TransferRequest {
    /// The class to move to.
    pub class_id: Uuid,
    /// The first day in the new class.
    pub date: NaiveDate,
    pub order_number: String,
    /// Defaults to `date`.
    #[serde(default)]
    pub order_date: Option<NaiveDate>,
    #[serde(default)]
    pub reason: Option<String>,
}

/// Body of `POST /api/v1/students/{id}/readmit`: a withdrawn (or graduated)
/// student comes back; recorded as an admission.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReadmitRequest {
    pub class_id: Uuid,
    /// The first day in the class.
    pub date: NaiveDate,
    pub order_number: String,
    /// Defaults to `date`.
    #[serde(default)]
    pub order_date: Option<NaiveDate>,
    /// Where the student comes back from.
    #[serde(default)]
    pub origin: Option<String>,
}
