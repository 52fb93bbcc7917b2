//! The school calendar of a year: holidays, vacations, days off, transfers (R8).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::calendar::CalendarKind;

/// One entry of a year's calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarEntry {
    pub id: Uuid,
    pub kind: CalendarKind,
    /// «Осенние каникулы», «День народного единства».
    pub name: String,
    pub starts_on: NaiveDate,
    /// The last day, included; equals `starts_on` for a single day.
    pub ends_on: NaiveDate,
    /// For a transfer: the school day that becomes a day off instead.
    pub instead_of: Option<NaiveDate>,
    /// For a vacation of some grades only; absent for the whole school.
    pub grade_from: Option<u8>,
    pub grade_to: Option<u8>,
}

/// Body of `POST /api/v1/years/{id}/calendar`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateCalendarEntryRequest {
    pub kind: CalendarKind,
    #[cfg_attr(feature = "openapi", schema(example = "Осенние каникулы"))]
    pub name: String,
    pub starts_on: NaiveDate,
    /// Defaults to `starts_on`.
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
    /// Required for a transfer, forbidden otherwise.
    #[serde(default)]
    pub instead_of: Option<NaiveDate>,
    /// Vacations only: limit the entry to grades `grade_from`–`grade_to`.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 11))]
    pub grade_from: Option<u8>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 11))]
    pub grade_to: Option<u8>,
}
