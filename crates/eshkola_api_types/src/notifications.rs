//! The notification centre (R19, R23): what happened to a student's marks,
//! attendance and finals, for the student and their parents.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::notifications::NotificationKind;

use crate::{me::PersonName, subjects::Subject};

/// Query of `GET /api/v1/me/notifications`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct NotificationsQuery {
    /// Only the unread ones.
    #[serde(default)]
    pub unread_only: bool,
    /// At most this many, newest first (50 if absent).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<u8>,
}

/// One event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: Uuid,
    pub kind: NotificationKind,
    /// Whose marks or attendance it is about (the reader or their child).
    pub student: PersonName,
    pub subject: Option<Subject>,
    /// The lesson's date (marks and absences).
    pub lesson_date: Option<NaiveDate>,
    /// The mark's value (`5`, `pass`…) or the attendance code's letter.
    pub value: Option<String>,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

/// The latest notifications and how many are unread in all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationList {
    pub unread: u32,
    pub items: Vec<Notification>,
}

/// Body of `POST /api/v1/me/notifications/read`: these ids, or all.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MarkReadRequest {
    #[serde(default)]
    pub ids: Vec<Uuid>,
    /// Every unread notification of mine.
    #[serde(default)]
    pub all: bool,
}

/// How many remain unread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnreadCount {
    pub unread: u32,
}
