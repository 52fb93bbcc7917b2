//! Which letters a person gets by e-mail (R19, R23).

use serde::{Deserialize, Serialize};

pub use eshkola_domain::mail::MailKind;

/// One kind of letter and whether it is sent.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MailChoice {
    pub kind: MailKind,
    pub email: bool,
}

/// `GET /api/v1/me/mail`: the address letters go to and the choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MailSettings {
    /// The address letters go to; none: no letters are sent.
    pub address: Option<String>,
    /// Whether the person gives the address here (staff and students); a
    /// parent's is kept by the school in their profile.
    pub sets_own_address: bool,
    /// Every kind, in a fixed order.
    pub kinds: Vec<MailChoice>,
}

/// Body of `PUT /api/v1/me/mail`: the kinds listed are set, others stay.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MailSettingsUpdate {
    #[serde(default)]
    pub kinds: Vec<MailChoice>,
    /// Staff and students only: the address for letters (at most 200
    /// characters); an empty one removes it; absent: unchanged.
    #[serde(default)]
    pub address: Option<String>,
}
