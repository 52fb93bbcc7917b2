//! `/me`: the signed-in person, their password and their sessions.

use eshkola_api_types::{
    auth::ChangePasswordRequest,
    me::Me,
    sessions::{RevokedCount, SessionInfo},
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn me(&self) -> Result<Me, ApiError> {
        self.get("/me").await
    }

    /// Changes the password; the server ends every other session.
    pub async fn change_password(&self, body: &ChangePasswordRequest) -> Result<(), ApiError> {
        self.call_empty(Method::POST, "/me/password", Some(body))
            .await
    }

    pub async fn my_sessions(&self) -> Result<Vec<SessionInfo>, ApiError> {
        self.get("/me/sessions").await
    }

    pub async fn end_my_session(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(Method::DELETE, &format!("/me/sessions/{id}"), None::<&()>)
            .await
    }

    /// Ends every session but this one.
    pub async fn end_other_sessions(&self) -> Result<RevokedCount, ApiError> {
        self.call(Method::DELETE, "/me/sessions", None::<&()>).await
    }
}
