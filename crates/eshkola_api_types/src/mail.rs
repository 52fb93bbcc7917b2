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
    /// The address on file (a parent's, kept by the school); none: no
    /// letters are sent.
    pub address: Option<String>,
    /// Every kind, in a fixed order.
    pub kinds: Vec<MailChoice>,
}

/// Body of `PUT /api/v1/me/mail`: the kinds listed are set, others stay.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MailSettingsUpdate {
    pub kinds: Vec<MailChoice>,
}
