//! School and class announcements and events (R21), with whom each is for.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::me::PersonName;

/// Whom an announcement is for: any of staff, students and parents; of the
/// whole school, a range of grades, or the listed classes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AnnouncementAudience {
    #[serde(default)]
    pub staff: bool,
    #[serde(default)]
    pub students: bool,
    #[serde(default)]
    pub parents: bool,
    /// Grades 1–11, both included (students and parents only).
    #[serde(default)]
    pub grade_from: Option<u8>,
    #[serde(default)]
    pub grade_to: Option<u8>,
    /// Only these classes (students and parents only); a class teacher
    /// writes to their own classes.
    #[serde(default)]
    pub class_ids: Vec<Uuid>,
}

/// Body of `POST /api/v1/announcements` and of `PUT /api/v1/announcements/{id}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateAnnouncementRequest {
    /// At most 200 characters.
    pub title: String,
    /// At most 5 000 characters.
    pub body: String,
    /// An event's first day (none for news) and last day (none: one day).
    #[serde(default)]
    pub event_on: Option<NaiveDate>,
    #[serde(default)]
    pub event_until: Option<NaiveDate>,
    pub audience: AnnouncementAudience,
}

/// An announcement as its readers see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Announcement {
    pub id: Uuid,
    pub author: PersonName,
    pub title: String,
    pub body: String,
    pub event_on: Option<NaiveDate>,
    pub event_until: Option<NaiveDate>,
    pub audience: AnnouncementAudience,
    /// The classes' names, e.g. `5А`, for `audience.class_ids`.
    pub class_names: Vec<String>,
    pub created_at: DateTime<Utc>,
    /// The author and the administration may edit or delete it.
    pub may_delete: bool,
}
