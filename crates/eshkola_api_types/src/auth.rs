//! Sign-in, token refresh and password change (R1, R4).

use serde::{Deserialize, Serialize};

/// Credentials for `POST /api/v1/auth/login`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// The personal login handed out by the school.
    #[cfg_attr(
        feature = "openapi",
        schema(example = "teacher", min_length = 1, max_length = 100)
    )]
    pub login: String,
    #[cfg_attr(
        feature = "openapi",
        schema(example = "eshkola-demo", min_length = 1, max_length = 128)
    )]
    pub password: String,
    /// Browsers set this: the refresh token then travels only in an HttpOnly
    /// cookie and is left out of the response body.
    #[serde(default)]
    pub use_cookie: bool,
}

/// Body of `POST /api/v1/auth/refresh`. Scripts send the refresh token here;
/// the SPA leaves it out and the server reads its HttpOnly cookie instead.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    #[serde(default)]
    pub refresh_token: Option<String>,
}

/// A fresh access token, and (for scripts) the rotated refresh token.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenResponse {
    /// A short-lived JWT for the `Authorization: Bearer` header.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: u32,
    /// Single-use; every refresh returns a new one. Absent when the client asked
    /// for the cookie instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
}

/// Body of `POST /api/v1/me/password`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    pub current_password: String,
    /// 8 to 128 characters.
    pub new_password: String,
}
