//! The administrator's view of accounts (R2): status and sessions.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{Role, me::PersonName, people::AccountStatus};

/// One account as the administrator sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    pub person: PersonName,
    pub login: String,
    pub roles: Vec<Role>,
    /// False once blocked: the person cannot sign in and has no sessions.
    pub active: bool,
    /// Never activated (no password yet), active, or blocked.
    pub status: AccountStatus,
    pub last_login_at: Option<DateTime<Utc>>,
}

/// Body of `PATCH /api/v1/accounts/{id}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateAccountRequest {
    /// `false` blocks the account and ends all its sessions.
    pub active: bool,
}
