//! Academic years and their period schemes (R8, R15).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::periods::{Layout, PeriodKind};

/// An academic year with the period schemes of its grades.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcademicYear {
    pub id: Uuid,
    /// «2026/2027».
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// By grade range, lowest grades first; empty until the scheme is set.
    pub schemes: Vec<PeriodScheme>,
}

/// The periods of one range of grades.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PeriodScheme {
    pub grade_from: u8,
    pub grade_to: u8,
    pub kind: PeriodKind,
    pub periods: Vec<Period>,
}

/// One quarter, half-year or trimester.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Period {
    pub id: Uuid,
    /// 1-based, in date order.
    pub number: u8,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The window for posting final marks, from the school's order (R15).
    pub finals_open_on: NaiveDate,
    pub finals_close_on: NaiveDate,
}

/// Body of `POST /api/v1/years`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateYearRequest {
    #[cfg_attr(feature = "openapi", schema(example = "2026-09-01"))]
    pub starts_on: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(example = "2027-05-31"))]
    pub ends_on: NaiveDate,
}

/// Body of `PATCH /api/v1/years/{id}`: new dates, which must still hold the
/// year's periods and calendar.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateYearRequest {
    #[serde(default)]
    pub starts_on: Option<NaiveDate>,
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
}

/// Body of `PUT /api/v1/years/{id}/periods`: every scheme of the year. It
/// replaces the current set as a whole, or changes nothing if any part is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SetPeriodsRequest {
    pub schemes: Vec<PeriodSchemeInput>,
}

/// One scheme as entered: its periods in date order, numbered by position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PeriodSchemeInput {
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 11))]
    pub grade_from: u8,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 11))]
    pub grade_to: u8,
    pub kind: PeriodKind,
    pub periods: Vec<PeriodInput>,
}

/// The dates of one period as entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PeriodInput {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Not before the period starts.
    pub finals_open_on: NaiveDate,
    /// Not before the period's last day, and at most 31 days after it.
    pub finals_close_on: NaiveDate,
}

/// Query of `GET /api/v1/years/{id}/default-periods`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct DefaultPeriodsQuery {
    /// Quarters (default) or trimesters for grades 1–9.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(inline))]
    pub layout: Option<Layout>,
}
