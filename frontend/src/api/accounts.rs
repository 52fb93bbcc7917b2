//! `/accounts`: the administrator's list, blocking, and ending someone's sessions.

use eshkola_api_types::{
    accounts::{Account, UpdateAccountRequest},
    sessions::RevokedCount,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn accounts(&self) -> Result<Vec<Account>, ApiError> {
        self.get("/accounts").await
    }

    /// Blocks (`active = false`, which also ends the sessions) or unblocks.
    pub async fn set_account_active(&self, id: Uuid, active: bool) -> Result<Account, ApiError> {
        let body = UpdateAccountRequest { active };
        self.call(Method::PATCH, &format!("/accounts/{id}"), Some(&body))
            .await
    }

    pub async fn end_account_sessions(&self, id: Uuid) -> Result<RevokedCount, ApiError> {
        self.call(
            Method::DELETE,
            &format!("/accounts/{id}/sessions"),
            None::<&()>,
        )
        .await
    }
}
