//! Active sign-in sessions, visible and revocable by their owner (R4).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One signed-in device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInfo {
    pub id: Uuid,
    /// The browser or program, from its User-Agent.
    pub device: String,
    /// The address the session was last used from.
    pub ip: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: DateTime<Utc>,
    /// After this the session ends even if it is in use.
    pub expires_at: DateTime<Utc>,
    /// True for the session the request was made with.
    pub current: bool,
}

/// How many sessions an operation ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RevokedCount {
    pub revoked: u32,
}
